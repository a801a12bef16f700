import type { ReactNode } from "react";
import { Field } from "../../ui/form/Field.tsx";

interface TPasswordFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** "current-password" to sign in, "new-password" when choosing one (password managers offer to save it). */
  autoComplete: "current-password" | "new-password";
  hint?: ReactNode;
  required?: boolean;
}

/** A password input with its label, hint and the server's message for it. */
export function PasswordField({ name, label, value, onChange, autoComplete, hint, required = true }: TPasswordFieldProps) {
  return (
    <Field name={name} label={label} hint={hint} required={required}>
      {(control) => (
        <input {...control} name={name} className="input" type="password" value={value} required={required} autoComplete={autoComplete} onChange={(event) => onChange(event.target.value)} />
      )}
    </Field>
  );
}
