import type { RouterInputs, RouterOutputs } from "@topograph/api";
import { DEPLOY_METHOD_LABELS, MESH_MEMBERSHIP_LABELS, namespaceSlug, type TDeployMethod, type TMeshMembership } from "@topograph/domain";
import { useParams } from "react-router";
import { optionsOf } from "../../lib/labels.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { FormSection } from "../../ui/form/FormSection.tsx";
import { SelectField } from "../../ui/form/SelectField.tsx";
import { TextAreaField } from "../../ui/form/TextAreaField.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import { EntityFormPage } from "../catalog/EntityFormPage.tsx";
import { SlugField } from "../catalog/SlugField.tsx";
import { useAllReferenceOptions } from "../catalog/reference-options.ts";

type TNamespace = RouterOutputs["namespace"]["get"];
type TNamespaceInput = RouterInputs["namespace"]["create"];

interface TNamespaceValues {
  name: string;
  slug: string;
  clusterSlug: string;
  environmentSlug: string;
  meshMembership: TMeshMembership;
  deployMethod: TDeployMethod;
  description: string;
}

export function NamespaceFormPage() {
  const { slug } = useParams();
  const trpc = useTRPC();
  const clusters = useAllReferenceOptions("cluster");
  const environments = useAllReferenceOptions("environment");
  return (
    <EntityFormPage<TNamespace, TNamespaceValues, TNamespaceInput>
      kind="namespace"
      slug={slug}
      load={(namespace) => trpc.namespace.get.queryOptions({ slug: namespace })}
      create={trpc.namespace.create.mutationOptions()}
      update={trpc.namespace.update.mutationOptions()}
      proposeAs="namespace.update"
      emptyValues={{ name: "", slug: "", clusterSlug: "", environmentSlug: "", meshMembership: "sidecar", deployMethod: "gitops-auto-sync", description: "" }}
      toValues={(namespace) => ({
        name: namespace.name,
        slug: namespace.slug,
        clusterSlug: namespace.cluster.slug,
        environmentSlug: namespace.environment.slug,
        meshMembership: namespace.meshMembership as TMeshMembership,
        deployMethod: namespace.deployMethod as TDeployMethod,
        description: namespace.description,
      })}
      toInput={(values) => ({ ...values, slug: values.slug.trim() || undefined })}
      renderFields={(values, set) => (
        <FormSection title="Namespace">
          <div className="form-grid">
            <TextField
              name="name"
              label="Name"
              value={values.name}
              onChange={(name) => set("name", name)}
              required
              mono
              placeholder="e.g. payment-service"
              hint="The Kubernetes namespace name: a DNS label."
            />
            <SlugField
              value={values.slug}
              name={values.name}
              onChange={(value) => set("slug", value)}
              derived={values.clusterSlug && values.name ? namespaceSlug(values.clusterSlug, values.name) : undefined}
            />
          </div>
          <div className="form-grid">
            <SelectField name="clusterSlug" label="Cluster" value={values.clusterSlug} onChange={(cluster) => set("clusterSlug", cluster)} emptyLabel="Choose a cluster…" options={clusters.options} required />
            <SelectField
              name="environmentSlug"
              label="Environment"
              value={values.environmentSlug}
              onChange={(environment) => set("environmentSlug", environment)}
              emptyLabel="Choose an environment…"
              options={environments.options}
              required
            />
          </div>
          <div className="form-grid">
            <SelectField
              name="meshMembership"
              label="Mesh membership"
              value={values.meshMembership}
              onChange={(mesh) => set("meshMembership", mesh as TMeshMembership)}
              options={optionsOf(MESH_MEMBERSHIP_LABELS)}
              required
            />
            <SelectField
              name="deployMethod"
              label="Deploy method"
              value={values.deployMethod}
              onChange={(method) => set("deployMethod", method as TDeployMethod)}
              options={optionsOf(DEPLOY_METHOD_LABELS)}
              hint="GitOps is the norm; manual Helmfile is for the mesh control plane; CIOps push is an anti-pattern on Kubernetes."
              required
            />
          </div>
          <TextAreaField name="description" label="Description" value={values.description} onChange={(description) => set("description", description)} />
        </FormSection>
      )}
    />
  );
}
