import type { ReactNode } from "react";
import "./TabNav.css";

/** A row of links switching between sibling views; the current one carries aria-current="page". */
export function TabNav({ label, children }: { label: string; children: ReactNode }) {
  return (
    <nav className="tab-nav" aria-label={label}>
      {children}
    </nav>
  );
}
