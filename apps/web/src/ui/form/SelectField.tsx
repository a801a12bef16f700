import type { ReactNode } from "react";
import type { TOption } from "../../lib/labels.ts";
import { Field } from "./Field.tsx";

interface TSelectFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: TOption[];
  /** A first choice meaning "none"; without it the user must pick one of the options. */
  emptyLabel?: string;
  hint?: ReactNode;
  required?: boolean;
  labelHidden?: boolean;
}

export function SelectField({ name, label, value, onChange, options, emptyLabel, hint, required, labelHidden }: TSelectFieldProps) {
  return (
    <Field name={name} label={label} hint={hint} required={required} labelHidden={labelHidden}>
      {(control) => (
        <select {...control} name={name} className="select" value={value} required={required} onChange={(event) => onChange(event.target.value)}>
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
