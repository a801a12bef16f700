import { useMutation, useQuery } from "@tanstack/react-query";
import { SCORED_KIND_LABELS, SCORED_KINDS, type TScoredKind } from "@topograph/domain";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { errorMessage, isNotFound } from "../../../lib/api-error.ts";
import { optionsOf } from "../../../lib/labels.ts";
import { paths } from "../../../lib/paths.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { Field } from "../../../ui/form/Field.tsx";
import { Form } from "../../../ui/form/Form.tsx";
import { FormSection } from "../../../ui/form/FormSection.tsx";
import { SelectField } from "../../../ui/form/SelectField.tsx";
import { TextAreaField } from "../../../ui/form/TextAreaField.tsx";
import { TextField } from "../../../ui/form/TextField.tsx";
import { Loading } from "../../../ui/Loading.tsx";
import { PageHeader } from "../../../ui/PageHeader.tsx";
import { useAllReferenceOptions } from "../../catalog/reference-options.ts";
import { usePracticeCatalogue } from "../../practices/shared/use-practice-catalogue.ts";
import { Breadcrumb } from "../shared/Breadcrumb.tsx";
import { ScorecardNotFound } from "../shared/ScorecardNotFound.tsx";
import type { TScorecard } from "../shared/scorecard-types.ts";
import { emptyRule, emptyValues, move, parseLabels, renameLevel, toInput, toValues, type TEditorValues } from "./editor-values.ts";
import { FilterFields } from "./FilterFields.tsx";
import { LadderEditor } from "./LadderEditor.tsx";
import { RuleEditor } from "./RuleEditor.tsx";
import "./ScorecardEditorPage.css";

/** `/scorecards/new` and `/scorecards/:slug/edit`: the whole definition on one page, saved at once. */
export function ScorecardEditorPage() {
  const { slug } = useParams();
  const trpc = useTRPC();
  // Editing must not be overwritten by a background refresh; "Reload" refetches on purpose.
  const loaded = useQuery({ ...trpc.scorecard.get.queryOptions({ scorecardId: slug ?? "" }), enabled: slug !== undefined, refetchOnWindowFocus: false, refetchOnReconnect: false });
  const [reloads, setReloads] = useState(0);
  useDocumentTitle(slug ? `Edit ${loaded.data?.name ?? "scorecard"}` : "New scorecard");

  if (slug === undefined) {
    return (
      <>
        <Breadcrumb trail={[{ to: paths.scorecards, label: "Scorecards" }]} current="New scorecard" />
        <PageHeader eyebrow="New scorecard" title="Write a scorecard" description="Name it, choose what it scores, set the ladder of levels and write the rules. Saving scores every entity at once." />
        <ScorecardEditor scorecard={null} />
      </>
    );
  }
  if (loaded.isError && !loaded.data) {
    if (isNotFound(loaded.error)) return <ScorecardNotFound slug={slug} />;
    return (
      <ErrorBanner title="Could not load the scorecard." onRetry={() => void loaded.refetch()}>
        {errorMessage(loaded.error)}
      </ErrorBanner>
    );
  }
  if (!loaded.data) return <Loading label={`Loading scorecard “${slug}”…`} />;
  return (
    <>
      <Breadcrumb
        trail={[
          { to: paths.scorecards, label: "Scorecards" },
          { to: paths.scorecard(loaded.data.slug), label: loaded.data.name },
        ]}
        current="Edit"
      />
      <PageHeader eyebrow="Edit scorecard" title={loaded.data.name} />
      <ScorecardEditor
        key={`${loaded.data.slug}:${loaded.data.version}:${reloads}`}
        scorecard={loaded.data}
        onReload={async () => {
          await loaded.refetch();
          setReloads((count) => count + 1);
        }}
      />
    </>
  );
}

function ScorecardEditor({ scorecard, onReload }: { scorecard: TScorecard | null; onReload?: () => void }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  // The version editing began from: a save based on an older one is refused with "Reload".
  const [base] = useState(() => (scorecard ? { version: scorecard.version, values: toValues(scorecard) } : null));
  const [values, setValues] = useState<TEditorValues>(() => base?.values ?? emptyValues());
  const [labelsError, setLabelsError] = useState(false);
  const teams = useAllReferenceOptions("team");
  const catalogue = usePracticeCatalogue();
  const practices = (catalogue.data?.items ?? []).map((item) => ({ value: item.id, label: `${item.title} (${item.id})` }));
  const save = useMutation({ ...trpc.scorecard.upsert.mutationOptions(), onSuccess: (saved) => navigate(paths.scorecard(saved.slug)) });
  const set = <K extends keyof TEditorValues>(field: K, value: TEditorValues[K]) => setValues((current) => ({ ...current, [field]: value }));
  // Chips show team and context names once the catalog has answered; slugs until then.
  const contexts = useAllReferenceOptions("bounded-context");
  const named = (options: { value: string; label: string }[], chosen: typeof values.filter.teams) => {
    const names = new Map(options.map((option) => [option.value, option.label]));
    return chosen.map((option) => ({ ...option, label: names.get(option.value) ?? option.label }));
  };
  const filter = { ...values.filter, teams: named(teams.options, values.filter.teams), boundedContexts: named(contexts.options, values.filter.boundedContexts) };

  const submit = () => {
    if (values.entityKind === "component" && parseLabels(values.filter.labels).invalid.length > 0) {
      setLabelsError(true);
      document.querySelector<HTMLTextAreaElement>('textarea[name="filter.labels"]')?.focus();
      return;
    }
    setLabelsError(false);
    save.mutate(toInput(values, base?.version));
  };

  return (
    <Form
      label={scorecard ? "Edit scorecard" : "New scorecard"}
      error={save.error}
      submitting={save.isPending}
      submitLabel={scorecard ? "Save scorecard" : "Create scorecard"}
      cancelTo={scorecard ? paths.scorecard(scorecard.slug) : paths.scorecards}
      onSubmit={submit}
      onReload={onReload}
    >
      <FormSection title="About">
        <div className="form-grid">
          <TextField name="name" label="Name" value={values.name} onChange={(name) => set("name", name)} required />
          {scorecard ? (
            <Field name="slug" label="Slug" hint="The scorecard's identity in URLs and YAML; it cannot change here.">
              {(control) => <input {...control} name="slug" className="input mono" value={values.slug} readOnly />}
            </Field>
          ) : (
            <TextField name="slug" label="Slug" value={values.slug} onChange={(slug) => set("slug", slug)} mono hint="Leave empty to derive it from the name." />
          )}
        </div>
        <TextAreaField name="description" label="Description" value={values.description} onChange={(description) => set("description", description)} rows={2} />
        <div className="form-grid">
          <SelectField name="ownerTeam" label="Owner team" value={values.ownerTeam} onChange={(team) => set("ownerTeam", team)} options={teams.options} emptyLabel="No owner team" hint="Owns the definition and grants waivers." />
          <SelectField
            name="entityKind"
            label="Scores"
            value={values.entityKind}
            onChange={(kind) => set("entityKind", kind as TScoredKind)}
            options={optionsOf(SCORED_KIND_LABELS, SCORED_KINDS)}
            required
            hint="Rules read the facts of this kind."
          />
        </div>
      </FormSection>
      <FormSection title="Which entities" intro="Leave a field empty to admit every entity; several fields must all match, values within one field are alternatives.">
        <FilterFields name="filter" kind={values.entityKind} filter={filter} onChange={(next) => set("filter", next)} />
        {labelsError ? <p className="field__error">Write each label as key=value before saving.</p> : null}
      </FormSection>
      <FormSection title="Ladder" intro="Levels from lowest to highest. An entity reaches a level when it passes every rule of that level and of the levels below.">
        <LadderEditor
          ladder={values.ladder}
          onRename={(index, name) => setValues((current) => renameLevel(current, index, name))}
          onChange={(ladder) => set("ladder", ladder)}
          onMove={(index, by) => set("ladder", move(values.ladder, index, by))}
        />
      </FormSection>
      <FormSection title={`Rules (${values.rules.length})`} intro="Each rule is an expression over the entity's facts; unknown facts leave a rule unknown rather than failed.">
        {values.rules.map((rule, index) => (
          <RuleEditor
            key={rule.key}
            rule={rule}
            index={index}
            count={values.rules.length}
            kind={values.entityKind}
            levels={values.ladder.map((level) => level.name)}
            practices={practices}
            onChange={(next) => setValues((current) => ({ ...current, rules: current.rules.map((other) => (other.key === rule.key ? next : other)) }))}
            onMove={(by) => set("rules", move(values.rules, index, by))}
            onRemove={() => set("rules", values.rules.filter((other) => other.key !== rule.key))}
          />
        ))}
        <div>
          <button type="button" className="button" onClick={() => set("rules", [...values.rules, emptyRule(values.ladder[0]?.name ?? "")])}>
            + Add rule
          </button>
        </div>
      </FormSection>
    </Form>
  );
}
