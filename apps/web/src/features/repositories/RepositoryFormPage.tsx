import type { RouterInputs, RouterOutputs } from "@topograph/api";
import { BRANCH_MODEL_LABELS, REPOSITORY_KIND_LABELS, type TBranchModel, type TRepositoryKind } from "@topograph/domain";
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

type TRepository = RouterOutputs["repository"]["get"];
type TRepositoryInput = RouterInputs["repository"]["create"];

interface TRepositoryValues {
  name: string;
  slug: string;
  url: string;
  kind: TRepositoryKind;
  defaultBranch: string;
  branchModel: TBranchModel;
  description: string;
  components: TReferenceOption[];
}

export function RepositoryFormPage() {
  const { slug } = useParams();
  const trpc = useTRPC();
  return (
    <EntityFormPage<TRepository, TRepositoryValues, TRepositoryInput>
      kind="repository"
      slug={slug}
      load={(repository) => trpc.repository.get.queryOptions({ slug: repository })}
      create={trpc.repository.create.mutationOptions()}
      update={trpc.repository.update.mutationOptions()}
      proposeAs="repository.update"
      emptyValues={{ name: "", slug: "", url: "", kind: "application", defaultBranch: "main", branchModel: "github-flow", description: "", components: [] }}
      toValues={(repository) => ({
        name: repository.name,
        slug: repository.slug,
        url: repository.url,
        kind: repository.kind as TRepositoryKind,
        defaultBranch: repository.defaultBranch,
        branchModel: repository.branchModel as TBranchModel,
        description: repository.description,
        components: repository.components.map((component) => ({ value: component.slug, label: component.name })),
      })}
      toInput={({ components, ...values }) => ({ ...values, slug: values.slug.trim() || undefined, componentSlugs: components.map((component) => component.value) })}
      renderFields={(values, set) => (
        <>
          <FormSection title="Repository">
            <div className="form-grid">
              <TextField name="name" label="Name" value={values.name} onChange={(name) => set("name", name)} required placeholder="e.g. payment-service" />
              <SlugField value={values.slug} name={values.name} onChange={(value) => set("slug", value)} />
            </div>
            <TextField name="url" label="URL" type="url" value={values.url} onChange={(url) => set("url", url)} required placeholder="https://github.com/acme/payment-service" />
            <div className="form-grid">
              <SelectField
                name="kind"
                label="Kind"
                value={values.kind}
                onChange={(kind) => set("kind", kind as TRepositoryKind)}
                options={optionsOf(REPOSITORY_KIND_LABELS)}
                hint="In a polyrepo, application, Kubernetes and Terraform code live in separate repositories."
                required
              />
              <TextField name="defaultBranch" label="Default branch" value={values.defaultBranch} onChange={(branch) => set("defaultBranch", branch)} mono />
              <SelectField name="branchModel" label="Branch model" value={values.branchModel} onChange={(model) => set("branchModel", model as TBranchModel)} options={optionsOf(BRANCH_MODEL_LABELS)} />
            </div>
            <TextAreaField name="description" label="Description" value={values.description} onChange={(description) => set("description", description)} />
          </FormSection>
          <FormSection title="Components" intro="The components whose code or configuration lives here; their owners own the repository.">
            <ReferencePicker kind="component" name="componentSlugs" label="Components" selected={values.components} onChange={(components) => set("components", components)} />
          </FormSection>
        </>
      )}
    />
  );
}
