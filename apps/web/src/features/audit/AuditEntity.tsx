import { Link } from "react-router";
import { labelOf } from "../../lib/labels.ts";
import { AUDIT_ENTITY_KIND_LABELS } from "./audit-labels.ts";
import { auditEntityPath } from "./audit-entity-path.ts";
import type { TAuditRow } from "./audit-types.ts";

/** The entity an entry is about: its name, linking to its page while it still exists, and its kind. */
export function AuditEntity({ entry }: { entry: Pick<TAuditRow, "action" | "entityKind" | "entityKey" | "entityName"> }) {
  // A deleted entity's page would only say it is not found.
  const to = entry.action === "delete" ? null : auditEntityPath(entry.entityKind, entry.entityKey);
  const name = entry.entityName || entry.entityKey;
  return (
    <div className="audit-entity">
      {to ? (
        <Link to={to} className="data-table__primary">
          {name}
        </Link>
      ) : (
        <span className="data-table__primary">{name}</span>
      )}
      <span className="data-table__secondary">{labelOf(AUDIT_ENTITY_KIND_LABELS, entry.entityKind)}</span>
    </div>
  );
}
