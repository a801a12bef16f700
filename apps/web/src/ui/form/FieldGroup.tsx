import { type ReactNode, useId } from "react";
import { FieldMessages, messageIds } from "./Field.tsx";
import { useFieldIssue } from "./FormIssues.tsx";

interface TFieldGroupProps {
  /** The input path the server names in its issues, e.g. `filter.componentKinds`. */
  name: string;
  legend: string;
  className: string;
  /** Added to `className` while the server has an issue for this group. */
  invalidClassName?: string;
  hint?: ReactNode;
  /** The group's checkboxes or radios. */
  children: ReactNode;
}

/** A fieldset of choices with its legend, hint and the server's message, tied together for assistive tech. */
export function FieldGroup({ name, legend, className, invalidClassName, hint, children }: TFieldGroupProps) {
  const id = useId();
  const issue = useFieldIssue(name);
  const { errorId, hintId, describedBy } = messageIds(id, issue, hint);
  return (
    <fieldset className={issue && invalidClassName ? `${className} ${invalidClassName}` : className} aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      {children}
      <FieldMessages issue={issue} errorId={errorId} hint={hint} hintId={hintId} />
    </fieldset>
  );
}
