import type { TAuditVia } from "@topograph/domain";
import { Link } from "react-router";
import { paths } from "../../lib/paths.ts";
import { auditFilterParams } from "./audit-filters.ts";

/** What one correlation id groups, by the path the change came through. */
function groupNoun(via: TAuditVia): string {
  if (via === "import") return "import";
  if (via === "scenario") return "scenario apply";
  return "request";
}

/** The id shared by one request, import or scenario apply, linking to all of that one's changes. */
export function CorrelationLink({ correlationId, via }: { correlationId: string; via: TAuditVia }) {
  const noun = groupNoun(via);
  return (
    <Link to={paths.audit(auditFilterParams({ correlation: correlationId }))} title={`Every change of this ${noun} (${correlationId})`} aria-label={`Every change of this ${noun}`}>
      <code>{correlationId.slice(0, 8)}</code>
    </Link>
  );
}
