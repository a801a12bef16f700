import type { TAuditEntityKind } from "@topograph/domain";
import { Link } from "react-router";
import { labelOf } from "../../lib/labels.ts";
import { AUDIT_ENTITY_KIND_LABELS } from "../audit/audit-labels.ts";
import { changeRequestEntityPath } from "./change-request-links.ts";

/** What a request changes: its name, linking to its page where it has one, and its kind. */
export function ChangeRequestEntity({ entity }: { entity: { kind: TAuditEntityKind; key: string; name: string } }) {
  const to = changeRequestEntityPath(entity);
  const name = entity.name || entity.key;
  return (
    <>
      {to ? (
        <Link to={to} className="data-table__primary">
          {name}
        </Link>
      ) : (
        <span className="data-table__primary">{name}</span>
      )}
      <span className="data-table__secondary">{labelOf(AUDIT_ENTITY_KIND_LABELS, entity.kind)}</span>
    </>
  );
}
