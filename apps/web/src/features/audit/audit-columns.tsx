import { labelOf } from "../../lib/labels.ts";
import { Badge } from "../../ui/Badge.tsx";
import type { TColumn } from "../../ui/DataTable.tsx";
import { ActorLink } from "./ActorLink.tsx";
import { AuditChanges } from "./AuditChanges.tsx";
import { AuditEntity } from "./AuditEntity.tsx";
import { AuditWhen } from "./AuditWhen.tsx";
import { CorrelationLink } from "./CorrelationLink.tsx";
import { AUDIT_ACTION_LABELS, AUDIT_ACTION_TONES, AUDIT_VIA_LABELS } from "./audit-labels.ts";
import type { TAuditRow } from "./audit-types.ts";

const when: TColumn<TAuditRow> = { key: "when", header: "When", nowrap: true, cell: (entry) => <AuditWhen at={entry.at} /> };
// Who and the path they took share a column, so the changes keep room to read.
const who: TColumn<TAuditRow> = {
  key: "who",
  header: "Who · via",
  cell: (entry) => (
    <>
      <ActorLink entry={entry} />
      <span className="data-table__secondary">via {labelOf(AUDIT_VIA_LABELS, entry.via)}</span>
    </>
  ),
};
const action: TColumn<TAuditRow> = {
  key: "action",
  header: "Action",
  nowrap: true,
  cell: (entry) => <Badge tone={AUDIT_ACTION_TONES[entry.action] ?? "neutral"}>{labelOf(AUDIT_ACTION_LABELS, entry.action)}</Badge>,
};
const entity: TColumn<TAuditRow> = { key: "entity", header: "Entity", cell: (entry) => <AuditEntity entry={entry} /> };
const changes: TColumn<TAuditRow> = { key: "changes", header: "Changes", cell: (entry) => <AuditChanges entry={entry} /> };
const request: TColumn<TAuditRow> = { key: "request", header: "Request", nowrap: true, cell: (entry) => <CorrelationLink correlationId={entry.correlationId} via={entry.via} /> };

/** The log page's columns: every entry names its entity. */
export const AUDIT_LOG_COLUMNS = [when, who, action, entity, changes, request];

/** One entity's history: the entity goes without saying. */
export const ENTITY_HISTORY_COLUMNS = [when, who, action, changes, request];
