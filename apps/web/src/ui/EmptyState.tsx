import type { ReactNode } from "react";
import "./EmptyState.css";

/** What to show instead of an empty table: what is missing and what the user can do about it. */
export function EmptyState({ title, children, action, panel = false }: { title: string; children?: ReactNode; action?: ReactNode; panel?: boolean }) {
  return (
    <div className={panel ? "empty-state empty-state--panel" : "empty-state"}>
      <p className="empty-state__title">{title}</p>
      {children ? <div className="empty-state__body">{children}</div> : null}
      {action ? <div className="empty-state__action">{action}</div> : null}
    </div>
  );
}
