import { Link } from "react-router";
import { paths } from "../../lib/paths.ts";
import type { TColumn } from "../../ui/DataTable.tsx";
import { clipText } from "../audit/audit-changes.ts";
import { TeamLinks } from "../catalog/TeamLinks.tsx";
import { ChangeRequestEntity } from "./ChangeRequestEntity.tsx";
import { ChangeRequestStatusBadge } from "./ChangeRequestStatusBadge.tsx";
import { Person } from "./Person.tsx";
import { RaisedWhen } from "./RaisedWhen.tsx";
import { operationLabel } from "./change-request-labels.ts";
import type { TChangeRequestRow } from "./change-request-types.ts";

/** A reason shown in a row is a hint; the request's page has all of it. */
const REASON_IN_ROW = 90;

/** The list's columns: what is proposed (opening the request), to what, by whom, to whom, and where it stands. */
export const CHANGE_REQUEST_COLUMNS: TColumn<TChangeRequestRow>[] = [
  {
    key: "request",
    header: "Request",
    cell: (request) => (
      <>
        <Link to={paths.changeRequest(request.id)} className="data-table__primary">
          {operationLabel(request.operation)}
        </Link>
        <span className="data-table__secondary" title={request.reason}>
          {clipText(request.reason, REASON_IN_ROW)}
        </span>
      </>
    ),
  },
  { key: "entity", header: "Entity", cell: (request) => <ChangeRequestEntity entity={request.entity} /> },
  { key: "requester", header: "Requested by", cell: (request) => <Person label={request.requester.label} /> },
  { key: "owners", header: "Owners", cell: (request) => <TeamLinks teams={request.ownerTeams} none="No owner team" /> },
  { key: "status", header: "Status", nowrap: true, cell: (request) => <ChangeRequestStatusBadge status={request.status} /> },
  { key: "age", header: "Age", nowrap: true, cell: (request) => <RaisedWhen at={request.createdAt} /> },
];
