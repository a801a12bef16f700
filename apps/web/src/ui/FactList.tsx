import type { ReactNode } from "react";
import "./FactList.css";

export interface TFact {
  label: string;
  value: ReactNode;
}

/** Label/value pairs describing one entry; empty values say so instead of leaving a gap. */
export function FactList({ facts }: { facts: TFact[] }) {
  return (
    <dl className="fact-list">
      {facts.map((fact) => (
        <div className="fact-list__row" key={fact.label}>
          <dt>{fact.label}</dt>
          <dd>{fact.value === "" || fact.value === null || fact.value === undefined ? <span className="subtle">Not set</span> : fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
