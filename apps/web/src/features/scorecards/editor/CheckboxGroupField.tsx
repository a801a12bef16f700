import { useId } from "react";
import type { TOption } from "../../../lib/labels.ts";
import { useFieldIssue } from "../../../ui/form/FormIssues.tsx";

interface TCheckboxGroupFieldProps {
  /** The input path the server names in its issues, e.g. `filter.componentKinds`. */
  name: string;
  legend: string;
  options: TOption[];
  value: string[];
  onChange: (value: string[]) => void;
  hint?: string;
}

/** Any number of a few vocabulary values; none checked means "any". Keeps vocabulary order. */
export function CheckboxGroupField({ name, legend, options, value, onChange, hint }: TCheckboxGroupFieldProps) {
  const id = useId();
  const issue = useFieldIssue(name);
  const describedBy = [issue ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  const chosen = new Set(value);
  return (
    <fieldset className={issue ? "checkbox-group field--invalid" : "checkbox-group"} aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
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
      {issue ? (
        <p className="field__error" id={`${id}-error`}>
          {issue}
        </p>
      ) : null}
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </fieldset>
  );
}
