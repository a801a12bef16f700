import { AlternativeMarks } from "./AlternativeMarks.tsx";
import type { TDecisionPoint } from "./decision-types.ts";
import "./AlternativeList.css";

/** A decision point's alternatives to read: the recommended one marked, anti-patterns flagged with the reason. */
export function AlternativeList({ point }: { point: TDecisionPoint }) {
  return (
    <ul className="alternative-list" aria-label={`Alternatives for ${point.title}`}>
      {point.alternatives.map((alternative) => (
        <li key={alternative.id} className={alternative.discouraged ? "alternative-list__item alternative-list__item--discouraged" : "alternative-list__item"}>
          <span className="alternative-list__title">
            {alternative.title} <AlternativeMarks alternative={alternative} />
          </span>
          <span className="alternative-list__description">{alternative.description}</span>
          {alternative.discouraged ? <span className="alternative-list__reason">⚠ {alternative.discouraged.reason}</span> : null}
        </li>
      ))}
    </ul>
  );
}
