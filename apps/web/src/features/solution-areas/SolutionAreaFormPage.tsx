import type { RouterInputs, RouterOutputs } from "@topograph/api";
import { DIRECTLY_MANAGED_AREA_KINDS, SOLUTION_AREA_KIND_LABELS } from "@topograph/domain";
import { Link, useParams } from "react-router";
import { optionsOf } from "../../lib/labels.ts";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { FormSection } from "../../ui/form/FormSection.tsx";
import { SelectField } from "../../ui/form/SelectField.tsx";
import { TextAreaField } from "../../ui/form/TextAreaField.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import type { TReferenceOption } from "../../ui/form/reference-option.ts";
import { EntityFormPage } from "../catalog/EntityFormPage.tsx";
import { ReferencePicker } from "../catalog/ReferencePicker.tsx";
import { SlugField } from "../catalog/SlugField.tsx";

type TSolutionArea = RouterOutputs["solutionArea"]["get"];
type TSolutionAreaInput = RouterInputs["solutionArea"]["create"];
type TManagedKind = (typeof DIRECTLY_MANAGED_AREA_KINDS)[number];

interface TSolutionAreaValues {
  name: string;
  slug: string;
  kind: TManagedKind;
  description: string;
  teams: TReferenceOption[];
}

export function SolutionAreaFormPage() {
  const { slug } = useParams();
  const trpc = useTRPC();
  return (
    <EntityFormPage<TSolutionArea, TSolutionAreaValues, TSolutionAreaInput>
      kind="solution-area"
      slug={slug}
      load={(area) => trpc.solutionArea.get.queryOptions({ slug: area })}
      create={trpc.solutionArea.create.mutationOptions()}
      update={trpc.solutionArea.update.mutationOptions()}
      emptyValues={{ name: "", slug: "", kind: "client-ui", description: "", teams: [] }}
      toValues={(area) => ({
        name: area.name,
        slug: area.slug,
        kind: area.kind as TManagedKind,
        description: area.description,
        teams: area.teams.map((team) => ({ value: team.slug, label: team.name })),
      })}
      toInput={({ teams, ...values }) => ({ ...values, slug: values.slug.trim() || undefined, teamSlugs: teams.map((team) => team.value) })}
      renderFields={(values, set, area) => (
        <>
          {area?.boundedContext ? (
            <p className="form-note">
              This is the solution area of a bounded context. Change it through{" "}
              <Link to={paths.edit("bounded-context", area.boundedContext.slug)}>the bounded context</Link>, so the two stay in step.
            </p>
          ) : null}
          <FormSection title="Solution area" intro="Bounded contexts are added as bounded contexts; here you add client UIs and the cross-cutting area.">
            <div className="form-grid">
              <TextField name="name" label="Name" value={values.name} onChange={(name) => set("name", name)} required placeholder="e.g. Client X UI" />
              <SlugField value={values.slug} name={values.name} onChange={(value) => set("slug", value)} />
            </div>
            <SelectField
              name="kind"
              label="Kind"
              value={values.kind}
              onChange={(kind) => set("kind", kind as TManagedKind)}
              options={optionsOf(SOLUTION_AREA_KIND_LABELS, DIRECTLY_MANAGED_AREA_KINDS)}
              required
            />
            <TextAreaField name="description" label="Description" value={values.description} onChange={(description) => set("description", description)} />
          </FormSection>
          <FormSection title="Teams" intro="The teams that answer for this area.">
            <ReferencePicker kind="team" name="teamSlugs" label="Teams" selected={values.teams} onChange={(teams) => set("teams", teams)} />
          </FormSection>
        </>
      )}
    />
  );
}
