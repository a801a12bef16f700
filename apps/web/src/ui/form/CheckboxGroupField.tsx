import type { TOption } from "../../lib/labels.ts";
import { FieldGroup } from "./FieldGroup.tsx";
import "./CheckboxGroupField.css";

interface TCheckboxGroupFieldProps {
  /** The input path the server names in its issues, e.g. `filter.componentKinds`. */
  name: string;
  legend: string;
  options: TOption[];
  value: string[];
  onChange: (value: string[]) => void;
  hint?: string;
}

/** Any number of a few values (vocabulary values, a team's members); keeps the options' order. What none checked means is the caller's to say. */
export function CheckboxGroupField({ name, legend, options, value, onChange, hint }: TCheckboxGroupFieldProps) {
  const chosen = new Set(value);
  return (
    <FieldGroup name={name} legend={legend} hint={hint} className="checkbox-group" invalidClassName="field--invalid">
      <div className="checkbox-group__options">
        {options.length === 0 ? <span className="subtle">None in the catalog.</span> : null}
        {options.map((option) => (
          <label key={option.value} className="checkbox-group__option">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={chosen.has(option.value)}
              onChange={(event) => onChange(options.map((o) => o.value).filter((v) => (v === option.value ? event.target.checked : chosen.has(v))))}
            />
            {option.label}
          </label>
        ))}
      </div>
    </FieldGroup>
  );
}
