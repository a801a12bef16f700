import { type ReactNode, useId } from "react";
import { useFieldIssue } from "./FormIssues.tsx";
import "./Field.css";

export interface TFieldControlProps {
  id: string;
  "aria-invalid": boolean | undefined;
  "aria-describedby": string | undefined;
}

interface TFieldProps {
  /** The input path the server uses for this field's issues, e.g. `name` or `members.0.email`. */
  name: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  /** Renders the control with the id and ARIA wiring that ties it to its label, hint and error. */
  children: (control: TFieldControlProps) => ReactNode;
  /** Hides the label visually (rows in an editor table whose column header says it). */
  labelHidden?: boolean;
}

/** Label, control, hint and the server's message for this field, tied together for assistive tech. */
export function Field({ name, label, hint, required = false, children, labelHidden = false }: TFieldProps) {
  const id = useId();
  const issue = useFieldIssue(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = issue ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={issue ? "field field--invalid" : "field"}>
      <label htmlFor={id} className={labelHidden ? "visually-hidden" : "field__label"}>
        {label}
        {/* The control itself carries `required`; the star is for sighted users only. */}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {" *"}
          </span>
        ) : null}
      </label>
      {children({ id, "aria-invalid": issue ? true : undefined, "aria-describedby": describedBy })}
      {issue ? (
        <p className="field__error" id={errorId}>
          {issue}
        </p>
      ) : null}
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
