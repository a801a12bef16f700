import { FieldGroup } from "./FieldGroup.tsx";
import "./RadioGroupField.css";

export interface TRadioChoice {
  value: string;
  label: string;
  description: string;
}

interface TRadioGroupFieldProps {
  name: string;
  legend: string;
  value: string;
  onChange: (value: string) => void;
  choices: TRadioChoice[];
}

/** A decision between a few alternatives, each explained, as cards the user can read before choosing. */
export function RadioGroupField({ name, legend, value, onChange, choices }: TRadioGroupFieldProps) {
  return (
    <FieldGroup name={name} legend={legend} className="radio-group">
      <div className="radio-group__choices">
        {choices.map((choice) => (
          <label key={choice.value} className={choice.value === value ? "radio-card radio-card--checked" : "radio-card"}>
            <input type="radio" name={name} value={choice.value} checked={choice.value === value} onChange={() => onChange(choice.value)} />
            <span className="radio-card__text">
              <span className="radio-card__label">{choice.label}</span>
              <span className="radio-card__description">{choice.description}</span>
            </span>
          </label>
        ))}
      </div>
    </FieldGroup>
  );
}
