import type { ReactNode } from "react";
import "./Badge.css";

export type TBadgeTone = "neutral" | "accent" | "success" | "warning" | "danger" | "violet";

/** A short label for a vocabulary value (kind, lifecycle, mode); tone carries meaning, text says it. */
export function Badge({ tone = "neutral", title, children }: { tone?: TBadgeTone; title?: string; children: ReactNode }) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}
