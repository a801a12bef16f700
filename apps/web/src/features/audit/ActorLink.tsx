import { Link } from "react-router";
import { paths } from "../../lib/paths.ts";
import { auditFilterParams } from "./audit-filters.ts";
import type { TAuditRow } from "./audit-types.ts";

/** Who made a change, linking to everything they changed: by user id, or by label for anonymous and system. */
export function ActorLink({ entry }: { entry: Pick<TAuditRow, "actorUserId" | "actorLabel"> }) {
  const actor = entry.actorUserId ?? entry.actorLabel;
  return (
    <Link to={paths.audit(auditFilterParams({ actor }))} title={`Every change by ${entry.actorLabel}`}>
      {entry.actorLabel}
    </Link>
  );
}
