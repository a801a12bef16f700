import type { RouterInputs, RouterOutputs } from "@topograph/api";
import { CONTEXT_COMPLEXITY_LABELS, SUBDOMAIN_TYPE_LABELS, type TContextComplexity, type TSubdomainType } from "@topograph/domain";
import { useParams } from "react-router";
import { optionsOf } from "../../lib/labels.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { FormSection } from "../../ui/form/FormSection.tsx";
import { SelectField } from "../../ui/form/SelectField.tsx";
import { TextAreaField } from "../../ui/form/TextAreaField.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import type { TReferenceOption } from "../../ui/form/reference-option.ts";
import { EntityFormPage } from "../catalog/EntityFormPage.tsx";
import { ReferencePicker } from "../catalog/ReferencePicker.tsx";
import { SlugField } from "../catalog/SlugField.tsx";

type TBoundedContext = RouterOutputs["boundedContext"]["get"];
type TBoundedContextInput = RouterInputs["boundedContext"]["create"];

interface TBoundedContextValues {
  name: string;
  slug: string;
  purpose: string;
  subdomainType: TSubdomainType;
  complexity: TContextComplexity;
  teams: TReferenceOption[];
}

export function BoundedContextFormPage() {
  const { slug } = useParams();
  const trpc = useTRPC();
  return (
    <EntityFormPage<TBoundedContext, TBoundedContextValues, TBoundedContextInput>
      kind="bounded-context"
      slug={slug}
      load={(context) => trpc.boundedContext.get.queryOptions({ slug: context })}
      create={trpc.boundedContext.create.mutationOptions()}
      update={trpc.boundedContext.update.mutationOptions()}
      emptyValues={{ name: "", slug: "", purpose: "", subdomainType: "core", complexity: "complicated", teams: [] }}
      toValues={(context) => ({
        name: context.name,
        slug: context.slug,
        purpose: context.purpose,
        subdomainType: context.subdomainType as TSubdomainType,
        complexity: context.complexity as TContextComplexity,
        teams: context.teams.map((team) => ({ value: team.slug, label: team.name })),
      })}
      toInput={({ teams, ...values }) => ({ ...values, slug: values.slug.trim() || undefined, teamSlugs: teams.map((team) => team.value) })}
      renderFields={(values, set) => (
        <>
          <FormSection title="Bounded context">
            <div className="form-grid">
              <TextField name="name" label="Name" value={values.name} onChange={(name) => set("name", name)} required placeholder="e.g. Payments" />
              <SlugField value={values.slug} name={values.name} onChange={(value) => set("slug", value)} />
            </div>
            <TextAreaField name="purpose" label="Purpose" value={values.purpose} onChange={(purpose) => set("purpose", purpose)} hint="What this context's model is for, in a sentence or two." />
            <div className="form-grid">
              <SelectField
                name="subdomainType"
                label="Subdomain type"
                value={values.subdomainType}
                onChange={(type) => set("subdomainType", type as TSubdomainType)}
                options={optionsOf(SUBDOMAIN_TYPE_LABELS)}
                hint="Core: where the business differentiates. Supporting: needed, not differentiating. Generic: solved problems."
                required
              />
              <SelectField
                name="complexity"
                label="Complexity"
                value={values.complexity}
                onChange={(complexity) => set("complexity", complexity as TContextComplexity)}
                options={optionsOf(CONTEXT_COMPLEXITY_LABELS)}
              />
            </div>
          </FormSection>
          <FormSection title="Teams" intro="The team responsible for this context; the article's rule is one team per bounded context.">
            <ReferencePicker kind="team" name="teamSlugs" label="Teams" selected={values.teams} onChange={(teams) => set("teams", teams)} />
          </FormSection>
        </>
      )}
    />
  );
}
