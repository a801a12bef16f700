import { RULE_CATEGORIES, type TScoredKind } from "@topograph/domain";
import { useId } from "react";
import type { TOption } from "../../../lib/labels.ts";
import { Field } from "../../../ui/form/Field.tsx";
import { SelectField } from "../../../ui/form/SelectField.tsx";
import { TextAreaField } from "../../../ui/form/TextAreaField.tsx";
import { TextField } from "../../../ui/form/TextField.tsx";
import type { TRuleDraft } from "./editor-values.ts";
import { ExpressionField } from "./ExpressionField.tsx";

interface TRuleEditorProps {
  rule: TRuleDraft;
  index: number;
  count: number;
  kind: TScoredKind;
  levels: string[];
  practices: TOption[];
  onChange: (rule: TRuleDraft) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}

/** One rule: what it checks (expression), on which level, how much it weighs, and what to do when it fails. */
export function RuleEditor({ rule, index, count, kind, levels, practices, onChange, onMove, onRemove }: TRuleEditorProps) {
  const categoriesId = useId();
  const path = (field: string) => `rules.${index}.${field}`;
  const set = <K extends keyof TRuleDraft>(field: K, value: TRuleDraft[K]) => onChange({ ...rule, [field]: value });
  const name = `Rule ${index + 1}`;
  const levelOptions = levels.map((level) => ({ value: level, label: level }));
  // A rule on a level that was removed or renamed elsewhere keeps showing it, so nothing changes silently.
  if (rule.level && !levels.includes(rule.level)) levelOptions.push({ value: rule.level, label: `${rule.level} (not on the ladder)` });
  return (
    <fieldset className="rule-editor">
      <legend className="rule-editor__legend">
        {name}
        {rule.title ? `: ${rule.title}` : ""}
      </legend>
      <div className="button-row rule-editor__actions">
        <button type="button" className="button button--small" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => onMove(-1)}>
          ↑
        </button>
        <button type="button" className="button button--small" aria-label={`Move ${name} down`} disabled={index === count - 1} onClick={() => onMove(1)}>
          ↓
        </button>
        <button type="button" className="button button--small button--danger-outline" aria-label={`Remove ${name}`} onClick={onRemove}>
          Remove
        </button>
      </div>
      <div className="form-grid">
        <TextField name={path("id")} label={`${name} ID`} value={rule.id} onChange={(id) => set("id", id)} required mono placeholder="probes.readiness" />
        <TextField name={path("title")} label={`${name} title`} value={rule.title} onChange={(title) => set("title", title)} required />
      </div>
      <div className="rule-editor__grid">
        <SelectField name={path("level")} label={`${name} level`} value={rule.level} onChange={(level) => set("level", level)} options={levelOptions} emptyLabel="Choose a level" required />
        <Field name={path("category")} label={`${name} category`} hint="One lower-case word.">
          {(control) => (
            <>
              <input {...control} name={path("category")} className="input" list={categoriesId} value={rule.category} onChange={(event) => set("category", event.target.value)} />
              <datalist id={categoriesId}>
                {RULE_CATEGORIES.map((category) => (
                  <option key={category} value={category} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <TextField name={path("weight")} label={`${name} weight`} type="number" value={rule.weight} onChange={(weight) => set("weight", weight)} hint="1–100; counts toward the score." />
        <SelectField name={path("practiceId")} label={`${name} practice`} value={rule.practiceId} onChange={(practiceId) => set("practiceId", practiceId)} options={practices} emptyLabel="No practice" hint="The remediation links to it." />
      </div>
      <ExpressionField name={path("expression")} label={`${name} expression`} kind={kind} value={rule.expression} onChange={(expression) => set("expression", expression)} />
      <TextField name={path("failureMessage")} label={`${name} failure message`} value={rule.failureMessage} onChange={(message) => set("failureMessage", message)} required hint="Shown on the entity when the rule fails." />
      <TextAreaField name={path("remediation")} label={`${name} remediation`} value={rule.remediation} onChange={(remediation) => set("remediation", remediation)} rows={2} hint="What to do to pass." />
    </fieldset>
  );
}
