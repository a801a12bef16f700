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
  const { errorId, hintId, describedBy } = messageIds(id, issue, hint);
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
      <FieldMessages issue={issue} errorId={errorId} hint={hint} hintId={hintId} />
    </div>
  );
}

/** The ids of a field's (or group's) message and hint, and the aria-describedby that names them. */
export function messageIds(id: string, issue: string | undefined, hint: ReactNode) {
  const errorId = issue ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return { errorId, hintId, describedBy: [errorId, hintId].filter(Boolean).join(" ") || undefined };
}

/** Under a field or a group: the server's message for it, then the hint, each under its id. */
export function FieldMessages({ issue, errorId, hint, hintId }: { issue: string | undefined; errorId: string | undefined; hint: ReactNode; hintId: string | undefined }) {
  return (
    <>
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
    </>
  );
}
