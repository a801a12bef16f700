import { useId } from "react";
import { FieldGroup } from "../../../ui/form/FieldGroup.tsx";
import { AlternativeMarks } from "./AlternativeMarks.tsx";
import type { TDecisionAlternative } from "./decision-types.ts";
import "./AlternativeChoices.css";

interface TAlternativeChoicesProps {
  name: string;
  legend: string;
  alternatives: readonly TDecisionAlternative[];
  value: string;
  onChange: (alternativeId: string) => void;
  /** The alternative in force now, marked so the user sees what a change departs from. */
  currentId?: string;
}

/** A decision point's alternatives as cards to read before choosing, with the article's verdict on each. */
export function AlternativeChoices({ name, legend, alternatives, value, onChange, currentId }: TAlternativeChoicesProps) {
  const id = useId();
  return (
    <FieldGroup name={name} legend={legend} className="alternative-choices" invalidClassName="alternative-choices--invalid">
      <div className="alternative-choices__list">
        {alternatives.map((alternative) => {
          const checked = alternative.id === value;
          const classes = ["alternative-card", checked ? "alternative-card--checked" : "", alternative.discouraged ? "alternative-card--discouraged" : ""].filter(Boolean).join(" ");
          return (
            <label key={alternative.id} className={classes}>
              <input type="radio" name={`${id}-${name}`} value={alternative.id} checked={checked} onChange={() => onChange(alternative.id)} />
              <span className="alternative-card__text">
                <span className="alternative-card__title">
                  {alternative.title}
                  <AlternativeMarks alternative={alternative} />
                  {alternative.id === currentId ? <span className="subtle">(in force now)</span> : null}
                </span>
                <span className="alternative-card__description">{alternative.description}</span>
              </span>
            </label>
          );
        })}
      </div>
    </FieldGroup>
  );
}
