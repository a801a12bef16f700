import { COMPONENT_KIND_LABELS, LIFECYCLE_LABELS, TEAM_TYPE_LABELS, type TScoredKind } from "@topograph/domain";
import { optionsOf } from "../../../lib/labels.ts";
import { Field } from "../../../ui/form/Field.tsx";
import { useAllReferenceOptions } from "../../catalog/reference-options.ts";
import { ReferencePicker } from "../../catalog/ReferencePicker.tsx";
import { CheckboxGroupField } from "../../../ui/form/CheckboxGroupField.tsx";
import { FILTER_FIELDS, parseLabels, type TFilterDraft } from "./editor-values.ts";

interface TFilterFieldsProps {
  /** Where the filter sits in the input: `filter` for a scorecard and an initiative alike. */
  name: string;
  kind: TScoredKind;
  filter: TFilterDraft;
  onChange: (filter: TFilterDraft) => void;
}

/** Which entities are scored: the filter fields that fit the kind; empty fields admit everything. */
export function FilterFields({ name, kind, filter, onChange }: TFilterFieldsProps) {
  const allowed = new Set(FILTER_FIELDS[kind]);
  const environments = useAllReferenceOptions("environment");
  const set = <K extends keyof TFilterDraft>(field: K, value: TFilterDraft[K]) => onChange({ ...filter, [field]: value });
  const { invalid } = parseLabels(filter.labels);
  return (
    <>
      <div className="form-grid">
        <ReferencePicker kind="team" name={`${name}.teams`} label="Teams" selected={filter.teams} onChange={(teams) => set("teams", teams)} hint="Entities owned by (or, for teams, being) one of these." />
        <ReferencePicker
          kind="bounded-context"
          name={`${name}.boundedContexts`}
          label="Bounded contexts"
          selected={filter.boundedContexts}
          onChange={(contexts) => set("boundedContexts", contexts)}
          hint="Entities in one of these bounded contexts."
        />
      </div>
      {allowed.has("componentKinds") ? (
        <CheckboxGroupField name={`${name}.componentKinds`} legend="Component kinds" options={optionsOf(COMPONENT_KIND_LABELS)} value={filter.componentKinds} onChange={(kinds) => set("componentKinds", kinds)} hint="None checked: every kind." />
      ) : null}
      {allowed.has("lifecycles") ? (
        <CheckboxGroupField name={`${name}.lifecycles`} legend="Lifecycles" options={optionsOf(LIFECYCLE_LABELS)} value={filter.lifecycles} onChange={(lifecycles) => set("lifecycles", lifecycles)} hint="None checked: every lifecycle." />
      ) : null}
      {allowed.has("labels") ? (
        <Field name={`${name}.labels`} label="Labels" hint={invalid.length > 0 ? `Write each label as key=value; not understood: ${invalid.join(", ")}` : "One key=value per line; a component must carry all of them."}>
          {(control) => (
            <textarea
              {...control}
              aria-invalid={control["aria-invalid"] ?? (invalid.length > 0 || undefined)}
              name={`${name}.labels`}
              className="textarea mono"
              rows={2}
              value={filter.labels}
              placeholder="tier=1"
              onChange={(event) => set("labels", event.target.value)}
            />
          )}
        </Field>
      ) : null}
      {allowed.has("teamTypes") ? (
        <CheckboxGroupField name={`${name}.teamTypes`} legend="Team types" options={optionsOf(TEAM_TYPE_LABELS)} value={filter.teamTypes} onChange={(types) => set("teamTypes", types)} hint="None checked: every type." />
      ) : null}
      {allowed.has("environments") ? (
        <CheckboxGroupField name={`${name}.environments`} legend="Environments" options={environments.options} value={filter.environments} onChange={(slugs) => set("environments", slugs)} hint="None checked: namespaces of every environment." />
      ) : null}
    </>
  );
}
