import { useEffect, useId, useRef, useState } from "react";
import { Field } from "../../../ui/form/Field.tsx";
import { useFieldIssue } from "../../../ui/form/FormIssues.tsx";
import "./EvidenceLinksField.css";

interface TEvidenceLinksFieldProps {
  /** The input path the server uses, e.g. `evidenceLinks` (issues come as `evidenceLinks.0`). */
  name: string;
  links: string[];
  onChange: (links: string[]) => void;
}

/** Zero or more evidence links, one input each, added and removed with buttons. */
export function EvidenceLinksField({ name, links, onChange }: TEvidenceLinksFieldProps) {
  const legendId = useId();
  const hintId = useId();
  const issue = useFieldIssue(name);
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // Where focus goes after the list changes: a new row's input, or the button after a removal.
  const [focusTarget, setFocusTarget] = useState<number | "add" | null>(null);
  useEffect(() => {
    if (focusTarget === null) return;
    if (focusTarget === "add") addRef.current?.focus();
    else listRef.current?.querySelectorAll<HTMLInputElement>("input")[focusTarget]?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  return (
    <fieldset className="evidence-field" aria-labelledby={legendId} aria-describedby={hintId}>
      <legend id={legendId} className="field__label">
        Evidence links
      </legend>
      <p id={hintId} className="field__hint">
        A URL (a manifest on GitHub, a pipeline run) or a path in a repository, e.g. <code>b-service-kubernetes/pdb.yaml</code>.
      </p>
      {links.length > 0 ? (
        <ol ref={listRef} className="stack-list evidence-field__list">
          {links.map((link, index) => (
            <li key={index} className="evidence-field__row">
              <Field name={`${name}.${index}`} label={`Evidence link ${index + 1}`} labelHidden>
                {(control) => (
                  <input
                    {...control}
                    className="input mono"
                    type="text"
                    value={link}
                    placeholder="https://… or repository/path"
                    autoComplete="off"
                    onChange={(event) => onChange(links.map((other, at) => (at === index ? event.target.value : other)))}
                  />
                )}
              </Field>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`Remove evidence link ${index + 1}`}
                onClick={() => {
                  onChange(links.filter((_, at) => at !== index));
                  setFocusTarget(links.length > 1 ? Math.max(index - 1, 0) : "add");
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      {issue ? <p className="field__error">{issue}</p> : null}
      <div>
        <button
          ref={addRef}
          type="button"
          className="button button--small"
          onClick={() => {
            onChange([...links, ""]);
            setFocusTarget(links.length);
          }}
        >
          + Add evidence link
        </button>
      </div>
    </fieldset>
  );
}
