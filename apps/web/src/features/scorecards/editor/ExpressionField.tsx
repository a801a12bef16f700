import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { SCORED_KIND_LABELS, type TScoredKind } from "@topograph/domain";
import { useState } from "react";
import { useDebouncedValue } from "../../../lib/use-debounced-value.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { Field } from "../../../ui/form/Field.tsx";
import { useFieldIssue } from "../../../ui/form/FormIssues.tsx";

interface TExpressionFieldProps {
  name: string;
  label: string;
  kind: TScoredKind;
  value: string;
  onChange: (value: string) => void;
}

/** A rule's expression, checked by the server as the author pauses, with the facts it may read a click away. */
export function ExpressionField({ name, label, kind, value, onChange }: TExpressionFieldProps) {
  const serverIssue = useFieldIssue(name);
  return (
    <div className="expression-field">
      <Field name={name} label={label} required hint={<ExpressionCheck kind={kind} expression={value} serverIssue={serverIssue} />}>
        {(control) => <textarea {...control} name={name} className="textarea mono expression-field__input" rows={2} spellCheck={false} value={value} onChange={(event) => onChange(event.target.value)} />}
      </Field>
      <FactReference kind={kind} />
    </div>
  );
}

/** The live verdict; when it repeats the message of the last save, the field's error already says it. */
function ExpressionCheck({ kind, expression, serverIssue }: { kind: TScoredKind; expression: string; serverIssue: string | undefined }) {
  const trpc = useTRPC();
  const debounced = useDebouncedValue(expression.trim(), 400);
  const check = useQuery({
    ...trpc.scorecard.checkExpression.queryOptions({ entityKind: kind, expression: debounced }),
    enabled: debounced !== "",
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
  });
  let text = "For example: practice(\"deploy.probes.liveness\") && owners.count > 0";
  let tone = "";
  if (expression.trim() !== "") {
    if (debounced !== expression.trim() || check.isFetching || !check.data) text = "Checking…";
    else if (check.data.ok) {
      text = `✓ Valid for a ${SCORED_KIND_LABELS[kind].toLowerCase()}.`;
      tone = "expression-field__check--ok";
    } else if (check.data.message === serverIssue) {
      text = "";
    } else {
      text = `✕ ${check.data.message}`;
      tone = "expression-field__check--bad";
    }
    if (check.isError) text = "The expression could not be checked right now; it is checked again when you save.";
  }
  return (
    <span className={`expression-field__check ${tone}`} role="status">
      {text}
    </span>
  );
}

/** The facts and functions of the kind, loaded when first opened. */
function FactReference({ kind }: { kind: TScoredKind }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const facts = useQuery({ ...trpc.scorecard.facts.queryOptions({ entityKind: kind }), enabled: open, staleTime: Number.POSITIVE_INFINITY });
  return (
    <details className="fact-reference" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Fact reference for a {SCORED_KIND_LABELS[kind].toLowerCase()}</summary>
      {!facts.data ? (
        <p className="subtle">{facts.isError ? "Could not load the fact reference." : "Loading the facts…"}</p>
      ) : (
        <div className="fact-reference__body">
          <table className="fact-reference__table">
            <caption className="visually-hidden">Facts a rule on a {SCORED_KIND_LABELS[kind].toLowerCase()} can read</caption>
            <thead>
              <tr>
                <th scope="col">Fact</th>
                <th scope="col">Type</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {facts.data.facts.map((fact) => (
                <tr key={fact.key}>
                  <td>
                    <code>{fact.key}</code>
                  </td>
                  <td>{fact.type}</td>
                  <td>{fact.description}</td>
                </tr>
              ))}
              {facts.data.labels ? (
                <tr>
                  <td>
                    <code>labels.&lt;name&gt;</code>
                  </td>
                  <td>string</td>
                  <td>The component's label of that name, e.g. labels.tier.</td>
                </tr>
              ) : null}
            </tbody>
          </table>
          <h4 className="fact-reference__heading">Functions (one string argument)</h4>
          <ul className="fact-reference__functions">
            {facts.data.functions.map((fn) => (
              <li key={fn.name}>
                <code>{fn.name}("…")</code> <span className="subtle">({fn.type})</span> {fn.description}
              </li>
            ))}
          </ul>
          <p className="subtle">
            Combine with <code>&&</code>, <code>||</code>, <code>!</code>, comparisons (<code>== != &lt; &lt;= &gt; &gt;=</code>) and <code>in [&quot;a&quot;, &quot;b&quot;]</code>. A fact nobody
            has established makes the rule unknown, not failed.
          </p>
        </div>
      )}
    </details>
  );
}
