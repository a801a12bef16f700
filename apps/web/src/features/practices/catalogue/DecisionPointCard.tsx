import { useId } from "react";
import { Link } from "react-router";
import { paths } from "../../../lib/paths.ts";
import { AlternativeList } from "../decisions/AlternativeList.tsx";
import type { TDecisionPoint } from "../decisions/decision-types.ts";
import { SCOPE_LABELS } from "../shared/practice-labels.ts";
import "./DecisionPointCard.css";

/** A decision point of the article in the catalogue: its question and alternatives, with a link to its record log. */
export function DecisionPointCard({ point }: { point: TDecisionPoint }) {
  const id = useId();
  return (
    <li className="decision-point" aria-labelledby={`${id}-title`}>
      <p className="decision-point__eyebrow">Decision point · decided per {SCOPE_LABELS[point.scope].toLowerCase()}, narrower scopes may override</p>
      <h3 id={`${id}-title`} className="decision-point__title">
        <Link to={paths.decision(point.id)}>{point.title}</Link>
      </h3>
      <p className="decision-point__question">{point.question}</p>
      <AlternativeList point={point} />
    </li>
  );
}
