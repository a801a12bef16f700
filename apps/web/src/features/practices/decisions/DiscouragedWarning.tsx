import type { ReactNode } from "react";
import "./DiscouragedWarning.css";

/** The article's reason for advising against an alternative, shown wherever it is chosen or in force. */
export function DiscouragedWarning({ reason, lead = "The article advises against this.", live = false }: { reason: string; lead?: ReactNode; live?: boolean }) {
  return (
    <div className="discouraged-warning" role={live ? "alert" : undefined}>
      <span className="discouraged-warning__icon" aria-hidden="true">
        ⚠
      </span>
      <p>
        <strong>{lead}</strong> {reason}
      </p>
    </div>
  );
}
