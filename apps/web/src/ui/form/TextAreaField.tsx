import type { ReactNode } from "react";
import { Field } from "./Field.tsx";

interface TTextAreaFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  rows?: number;
}

export function TextAreaField({ name, label, value, onChange, hint, rows = 3 }: TTextAreaFieldProps) {
  return (
    <Field name={name} label={label} hint={hint}>
      {(control) => <textarea {...control} name={name} className="textarea" rows={rows} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}
