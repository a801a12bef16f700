import type { RouterInputs, RouterOutputs } from "@topograph/api";
import { useParams } from "react-router";
import { useTRPC } from "../../lib/trpc.ts";
import { FormSection } from "../../ui/form/FormSection.tsx";
import { TextAreaField } from "../../ui/form/TextAreaField.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import { EntityFormPage } from "../catalog/EntityFormPage.tsx";
import { SlugField } from "../catalog/SlugField.tsx";

type TEnvironment = RouterOutputs["environment"]["get"];
type TEnvironmentInput = RouterInputs["environment"]["create"];
/** Rank is typed as text so a half-typed or empty value reaches the server, which explains it. */
type TEnvironmentValues = { name: string; slug: string; rank: string; description: string };

export function EnvironmentFormPage() {
  const { slug } = useParams();
  const trpc = useTRPC();
  return (
    <EntityFormPage<TEnvironment, TEnvironmentValues, TEnvironmentInput>
      kind="environment"
      slug={slug}
      load={(environment) => trpc.environment.get.queryOptions({ slug: environment })}
      create={trpc.environment.create.mutationOptions()}
      update={trpc.environment.update.mutationOptions()}
      emptyValues={{ name: "", slug: "", rank: "", description: "" }}
      toValues={(environment) => ({ name: environment.name, slug: environment.slug, rank: String(environment.rank), description: environment.description })}
      toInput={(values) => ({ name: values.name, slug: values.slug.trim() || undefined, rank: values.rank.trim() === "" ? Number.NaN : Number(values.rank), description: values.description })}
      renderFields={(values, set) => (
        <FormSection title="Environment">
          <div className="form-grid">
            <TextField name="name" label="Name" value={values.name} onChange={(name) => set("name", name)} required placeholder="e.g. Staging" />
            <SlugField value={values.slug} name={values.name} onChange={(value) => set("slug", value)} />
            <TextField
              name="rank"
              label="Rank"
              type="number"
              value={values.rank}
              onChange={(rank) => set("rank", rank)}
              required
              hint="Order of promotion: lower ranks come first (e.g. test 1, staging 2, production 3)."
            />
          </div>
          <TextAreaField name="description" label="Description" value={values.description} onChange={(description) => set("description", description)} />
        </FormSection>
      )}
    />
  );
}
