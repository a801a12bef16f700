import type { ReactNode } from "react";
import { Field } from "./Field.tsx";

interface TTextFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  required?: boolean;
  type?: "text" | "email" | "url" | "number";
  placeholder?: string;
  autoComplete?: string;
  labelHidden?: boolean;
  mono?: boolean;
}

export function TextField({ name, label, value, onChange, hint, required, type = "text", placeholder, autoComplete = "off", labelHidden, mono }: TTextFieldProps) {
  return (
    <Field name={name} label={label} hint={hint} required={required} labelHidden={labelHidden}>
      {(control) => (
        <input
          {...control}
          name={name}
          className={mono ? "input mono" : "input"}
          type={type}
          value={value}
          required={required}
          placeholder={placeholder}
          autoComplete={autoComplete}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
