import { useQuery } from "@tanstack/react-query";
import type { RouterInputs, RouterOutputs } from "@topograph/api";
import {
  COMPONENT_KIND_LABELS,
  LIFECYCLE_LABELS,
  OWNERSHIP_MODE_LABELS,
  type TComponentKind,
  type TDependencyStyle,
  type TLifecycle,
  type TOwnershipMode,
} from "@topograph/domain";
import { useParams } from "react-router";
import { labelOf, optionsOf } from "../../lib/labels.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { FormSection } from "../../ui/form/FormSection.tsx";
import { SelectField } from "../../ui/form/SelectField.tsx";
import { TextAreaField } from "../../ui/form/TextAreaField.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import type { TReferenceOption } from "../../ui/form/reference-option.ts";
import { EntityFormPage } from "../catalog/EntityFormPage.tsx";
import { ReferencePicker } from "../catalog/ReferencePicker.tsx";
import { SlugField } from "../catalog/SlugField.tsx";
import { namespaceLabel, useAllReferenceOptions } from "../catalog/reference-options.ts";
import { DependenciesEditor, type TDependencyRow } from "./DependenciesEditor.tsx";
import { labelRows, labelsOf, LabelsEditor, type TLabelRow } from "./LabelsEditor.tsx";

type TComponent = RouterOutputs["component"]["get"];
type TComponentInput = RouterInputs["component"]["create"];

interface TComponentValues {
  name: string;
  slug: string;
  description: string;
  kind: TComponentKind;
  lifecycle: TLifecycle;
  /** "" follows the organisation default. */
  ownershipMode: TOwnershipMode | "";
  /** "" for none. */
  solutionAreaSlug: string;
  owners: TReferenceOption[];
  repositories: TReferenceOption[];
  namespaces: TReferenceOption[];
  dependencies: TDependencyRow[];
  labels: TLabelRow[];
}

const option = (entry: { slug: string; name: string }): TReferenceOption => ({ value: entry.slug, label: entry.name });

export function ComponentFormPage() {
  const { slug } = useParams();
  const trpc = useTRPC();
  const organisation = useQuery(trpc.organisation.get.queryOptions());
  const areas = useAllReferenceOptions("solution-area");
  const defaultMode = organisation.data ? labelOf(OWNERSHIP_MODE_LABELS, organisation.data.defaultOwnershipMode) : "…";
  return (
    <EntityFormPage<TComponent, TComponentValues, TComponentInput>
      kind="component"
      slug={slug}
      load={(componentSlug) => trpc.component.get.queryOptions({ slug: componentSlug })}
      create={trpc.component.create.mutationOptions()}
      update={trpc.component.update.mutationOptions()}
      proposeAs="component.update"
      emptyValues={{
        name: "",
        slug: "",
        description: "",
        kind: "microservice",
        lifecycle: "production",
        ownershipMode: "",
        solutionAreaSlug: "",
        owners: [],
        repositories: [],
        namespaces: [],
        dependencies: [],
        labels: [],
      }}
      toValues={(component) => ({
        name: component.name,
        slug: component.slug,
        description: component.description,
        kind: component.kind as TComponentKind,
        lifecycle: component.lifecycle as TLifecycle,
        ownershipMode: (component.ownershipMode ?? "") as TOwnershipMode | "",
        solutionAreaSlug: component.solutionArea?.slug ?? "",
        owners: component.owners.map(option),
        repositories: component.repositories.map(option),
        namespaces: component.namespaces.map((namespace) => ({ value: namespace.slug, label: namespaceLabel(namespace) })),
        dependencies: component.dependencies.map((dependency) => ({ component: option(dependency), style: dependency.style as TDependencyStyle })),
        labels: labelRows(component.labels),
      })}
      toInput={(values) => ({
        name: values.name,
        slug: values.slug.trim() || undefined,
        description: values.description,
        kind: values.kind,
        lifecycle: values.lifecycle,
        ownershipMode: values.ownershipMode || null,
        solutionAreaSlug: values.solutionAreaSlug || null,
        ownerTeamSlugs: values.owners.map((team) => team.value),
        repositorySlugs: values.repositories.map((repository) => repository.value),
        namespaceSlugs: values.namespaces.map((namespace) => namespace.value),
        dependencies: values.dependencies.map((row) => ({ componentSlug: row.component.value, style: row.style })),
        labels: labelsOf(values.labels),
      })}
      renderFields={(values, set, component) => (
        <>
          <FormSection title="Component">
            <div className="form-grid">
              <TextField name="name" label="Name" value={values.name} onChange={(name) => set("name", name)} required placeholder="e.g. payment-service" />
              <SlugField value={values.slug} name={values.name} onChange={(value) => set("slug", value)} />
            </div>
            <div className="form-grid">
              <SelectField name="kind" label="Kind" value={values.kind} onChange={(kind) => set("kind", kind as TComponentKind)} options={optionsOf(COMPONENT_KIND_LABELS)} required />
              <SelectField name="lifecycle" label="Lifecycle" value={values.lifecycle} onChange={(lifecycle) => set("lifecycle", lifecycle as TLifecycle)} options={optionsOf(LIFECYCLE_LABELS)} />
            </div>
            <TextAreaField name="description" label="Description" value={values.description} onChange={(description) => set("description", description)} />
          </FormSection>
          <FormSection title="Ownership" intro="Who owns the component, and who may change it.">
            <ReferencePicker kind="team" name="ownerTeamSlugs" label="Owner teams" selected={values.owners} onChange={(owners) => set("owners", owners)} />
            <div className="form-grid">
              <SelectField
                name="ownershipMode"
                label="Ownership mode"
                value={values.ownershipMode}
                onChange={(mode) => set("ownershipMode", mode as TOwnershipMode | "")}
                emptyLabel={`Organisation default (${defaultMode})`}
                options={optionsOf(OWNERSHIP_MODE_LABELS)}
                hint="Strong: only the owner team changes it. Collective: any team may."
              />
              <SelectField
                name="solutionAreaSlug"
                label="Solution area"
                value={values.solutionAreaSlug}
                onChange={(area) => set("solutionAreaSlug", area)}
                emptyLabel="None"
                options={areas.options}
                hint="The bounded context, client UI or cross-cutting area it belongs to."
              />
            </div>
          </FormSection>
          <FormSection title="Code and runtime" intro="Where its code lives and where it is deployed.">
            <ReferencePicker kind="repository" name="repositorySlugs" label="Repositories" selected={values.repositories} onChange={(repositories) => set("repositories", repositories)} />
            <ReferencePicker kind="namespace" name="namespaceSlugs" label="Namespaces" selected={values.namespaces} onChange={(namespaces) => set("namespaces", namespaces)} />
          </FormSection>
          <FormSection title="Dependencies" intro="Components this one calls synchronously (RPC, REST) or consumes asynchronously (events, queues).">
            <DependenciesEditor dependencies={values.dependencies} onChange={(dependencies) => set("dependencies", dependencies)} selfSlug={component?.slug} />
          </FormSection>
          <FormSection title="Labels" intro="Free name–value pairs (tier: critical, cost-centre: 42) that scorecard filters and rules can read. Names use lower-case letters, digits, dots, dashes, underscores and slashes.">
            <LabelsEditor labels={values.labels} onChange={(labels) => set("labels", labels)} />
          </FormSection>
        </>
      )}
    />
  );
}
