import type { ReactNode } from "react";
import "./FilterCard.css";

/** A filter bar standing on its own above cards (rather than on top of a table). */
export function FilterCard({ children }: { children: ReactNode }) {
  return <div className="filter-card">{children}</div>;
}
