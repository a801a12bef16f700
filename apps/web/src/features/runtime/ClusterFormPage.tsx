import type { RouterInputs, RouterOutputs } from "@topograph/api";
import { useParams } from "react-router";
import { useTRPC } from "../../lib/trpc.ts";
import { FormSection } from "../../ui/form/FormSection.tsx";
import { TextAreaField } from "../../ui/form/TextAreaField.tsx";
import { TextField } from "../../ui/form/TextField.tsx";
import { EntityFormPage } from "../catalog/EntityFormPage.tsx";
import { SlugField } from "../catalog/SlugField.tsx";

type TCluster = RouterOutputs["cluster"]["get"];
type TClusterInput = RouterInputs["cluster"]["create"];
type TClusterValues = { name: string; slug: string; provider: string; region: string; description: string };

export function ClusterFormPage() {
  const { slug } = useParams();
  const trpc = useTRPC();
  return (
    <EntityFormPage<TCluster, TClusterValues, TClusterInput>
      kind="cluster"
      slug={slug}
      load={(cluster) => trpc.cluster.get.queryOptions({ slug: cluster })}
      create={trpc.cluster.create.mutationOptions()}
      update={trpc.cluster.update.mutationOptions()}
      emptyValues={{ name: "", slug: "", provider: "", region: "", description: "" }}
      toValues={(cluster) => ({ name: cluster.name, slug: cluster.slug, provider: cluster.provider, region: cluster.region, description: cluster.description })}
      toInput={(values) => ({ ...values, slug: values.slug.trim() || undefined })}
      renderFields={(values, set) => (
        <FormSection title="Cluster">
          <div className="form-grid">
            <TextField name="name" label="Name" value={values.name} onChange={(name) => set("name", name)} required placeholder="e.g. Production cluster" />
            <SlugField value={values.slug} name={values.name} onChange={(value) => set("slug", value)} />
          </div>
          <div className="form-grid">
            <TextField name="provider" label="Provider" value={values.provider} onChange={(provider) => set("provider", provider)} placeholder="e.g. AWS EKS" />
            <TextField name="region" label="Region" value={values.region} onChange={(region) => set("region", region)} placeholder="e.g. ap-northeast-1" />
          </div>
          <TextAreaField name="description" label="Description" value={values.description} onChange={(description) => set("description", description)} />
        </FormSection>
      )}
    />
  );
}
