import { Link } from "react-router";
import { plural } from "../../../lib/labels.ts";
import { paths } from "../../../lib/paths.ts";
import type { TAnswerStatus } from "../shared/answer-status.ts";
import { StatusBadge } from "../shared/StatusBadge.tsx";
import type { TSelectedComponent } from "./bulk-selection.ts";
import "./BulkResult.css";

export interface TBulkOutcome {
  itemTitle: string;
  status: TAnswerStatus;
  components: TSelectedComponent[];
}

/** What the last bulk answer changed, with a link to each checklist to check it. */
export function BulkResult({ outcome, onDismiss }: { outcome: TBulkOutcome; onDismiss: () => void }) {
  return (
    <div className="bulk-result" role="status">
      <p className="bulk-result__title">
        “{outcome.itemTitle}” set to <StatusBadge status={outcome.status} /> on {plural(outcome.components.length, "checklist")}:
      </p>
      <ul className="inline-list">
        {outcome.components.map((component) => (
          <li key={component.slug}>
            <Link to={paths.checklist({ kind: "component", slug: component.slug })}>{component.name}</Link>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--ghost button--small bulk-result__dismiss" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
