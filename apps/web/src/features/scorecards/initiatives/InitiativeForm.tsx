import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../../../lib/trpc.ts";
import { Field } from "../../../ui/form/Field.tsx";
import { Form } from "../../../ui/form/Form.tsx";
import { FormSection } from "../../../ui/form/FormSection.tsx";
import { SelectField } from "../../../ui/form/SelectField.tsx";
import { TextAreaField } from "../../../ui/form/TextAreaField.tsx";
import { TextField } from "../../../ui/form/TextField.tsx";
import { useAllReferenceOptions } from "../../catalog/reference-options.ts";
import { changedFields } from "../../catalog/changed-fields.ts";
import { FilterFields } from "../editor/FilterFields.tsx";
import { emptyInitiativeValues, initiativeInput, initiativeToValues, type TInitiativeValues } from "./initiative-values.ts";
import type { TInitiativeSummary } from "../shared/scorecard-types.ts";

interface TInitiativeFormProps {
  /** The initiative being edited; absent when creating one. */
  initiative?: TInitiativeSummary;
  onSaved: (saved: { slug: string }) => void;
  cancelTo?: string;
  onCancel?: () => void;
  onReload?: () => void;
}

/** Create or edit an initiative: a level of a scorecard that the entities in scope should reach by a date. */
export function InitiativeForm({ initiative, onSaved, cancelTo, onCancel, onReload }: TInitiativeFormProps) {
  const trpc = useTRPC();
  const scorecards = useQuery(trpc.scorecard.list.queryOptions());
  const teams = useAllReferenceOptions("team");
  const [base] = useState(() => (initiative ? { id: initiative.id, version: initiative.version, values: initiativeToValues(initiative) } : null));
  const [values, setValues] = useState<TInitiativeValues>(() => base?.values ?? emptyInitiativeValues());
  const set = <K extends keyof TInitiativeValues>(field: K, value: TInitiativeValues[K]) => setValues((current) => ({ ...current, [field]: value }));
  const create = useMutation({ ...trpc.initiative.create.mutationOptions(), onSuccess: onSaved });
  const update = useMutation({ ...trpc.initiative.update.mutationOptions(), onSuccess: onSaved });
  const active = base ? update : create;
  const scorecard = scorecards.data?.find((candidate) => candidate.slug === values.scorecardId);
  const kind = scorecard?.entityKind;

  const submit = () => {
    const input = initiativeInput(values, kind);
    if (!base) return create.mutate(input);
    const { slug: _slug, ...changes } = changedFields(initiativeInput(base.values, kind), input);
    if (Object.keys(changes).length === 0) return onSaved({ slug: base.values.slug });
    update.mutate({ id: base.id, version: base.version, ...changes });
  };

  return (
    <Form label={base ? "Edit initiative" : "New initiative"} error={active.error} submitting={active.isPending} submitLabel={base ? "Save initiative" : "Create initiative"} cancelTo={cancelTo} onCancel={onCancel} onSubmit={submit} onReload={onReload}>
      <FormSection title="Goal">
        <div className="form-grid">
          <TextField name="name" label="Name" value={values.name} onChange={(name) => set("name", name)} required />
          {base ? (
            <Field name="slug" label="Slug" hint="The initiative's address; it stays as it is.">
              {(control) => <input {...control} name="slug" className="input mono" value={values.slug} readOnly />}
            </Field>
          ) : (
            <TextField name="slug" label="Slug" value={values.slug} onChange={(slug) => set("slug", slug)} mono hint="Leave empty to derive it from the name." />
          )}
        </div>
        <TextAreaField name="description" label="Description" value={values.description} onChange={(description) => set("description", description)} rows={2} hint="Why it matters and how teams get help." />
        <div className="form-grid">
          <SelectField
            name="scorecardId"
            label="Scorecard"
            value={values.scorecardId}
            onChange={(id) => {
              const next = scorecards.data?.find((candidate) => candidate.slug === id);
              // Keep the target level when the new scorecard has it too.
              setValues((current) => ({ ...current, scorecardId: id, targetLevel: next?.ladder.some((level) => level.name === current.targetLevel) ? current.targetLevel : "" }));
            }}
            options={(scorecards.data ?? []).map((candidate) => ({ value: candidate.slug, label: candidate.name }))}
            emptyLabel={scorecards.isPending ? "Loading scorecards…" : "Choose a scorecard"}
            required
          />
          <SelectField
            name="targetLevel"
            label="Target level"
            value={values.targetLevel}
            onChange={(level) => set("targetLevel", level)}
            options={(scorecard?.ladder ?? []).map((level) => ({ value: level.name, label: level.name }))}
            emptyLabel={scorecard ? "Choose a level" : "Choose a scorecard first"}
            required
            hint="Every entity in scope should reach at least this level."
          />
          <Field name="targetDate" label="Target date" required>
            {(control) => <input {...control} name="targetDate" type="date" className="input" value={values.targetDate} required onChange={(event) => set("targetDate", event.target.value)} />}
          </Field>
          <SelectField name="ownerTeam" label="Owner team" value={values.ownerTeam} onChange={(team) => set("ownerTeam", team)} options={teams.options} emptyLabel="No owner team" hint="Drives the initiative." />
        </div>
      </FormSection>
      {kind ? (
        <FormSection title="Scope" intro="Narrows the scorecard's entities; leave empty to include them all.">
          <FilterFields name="filter" kind={kind} filter={values.filter} onChange={(filter) => set("filter", filter)} />
        </FormSection>
      ) : null}
    </Form>
  );
}
