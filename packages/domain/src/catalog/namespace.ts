import { z } from "zod";
import { slugReference, vocabulary, ZDescriptionSchema, ZEntityRefSchema, updateShape } from "./fields.ts";
import { ZListInputSchema } from "./pagination.ts";
import { ZSlugSchema } from "./slug.ts";

/** How a namespace relates to the service mesh (section 20, 23). */
export const MESH_MEMBERSHIPS = ["sidecar", "sidecarless", "outside", "control-plane"] as const;
export type TMeshMembership = (typeof MESH_MEMBERSHIPS)[number];
export const MESH_MEMBERSHIP_LABELS: Record<TMeshMembership, string> = {
  sidecar: "In the mesh (sidecar)",
  sidecarless: "In the mesh (sidecarless / ambient)",
  outside: "Outside the mesh",
  "control-plane": "Mesh control plane",
};

/** How workloads reach the namespace (section 23): GitOps is the norm, CIOps an anti-pattern on Kubernetes. */
export const DEPLOY_METHODS = ["gitops-auto-sync", "manual-helmfile", "ciops-push"] as const;
export type TDeployMethod = (typeof DEPLOY_METHODS)[number];
export const DEPLOY_METHOD_LABELS: Record<TDeployMethod, string> = {
  "gitops-auto-sync": "GitOps auto-sync",
  "manual-helmfile": "Manual (Helmfile)",
  "ciops-push": "CIOps push",
};

/** Kubernetes namespace names are RFC 1123 DNS labels. */
export const ZKubernetesNameSchema = z
  .string()
  .trim()
  .min(1, "Namespace name is required.")
  .max(63, "Namespace name must be at most 63 characters.")
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, "Namespace name must be a DNS label: lowercase letters, digits and hyphens, starting and ending with a letter or digit.");

const namespaceFields = {
  name: ZKubernetesNameSchema,
  slug: ZSlugSchema.optional(),
  clusterSlug: slugReference("Cluster is required."),
  environmentSlug: slugReference("Environment is required."),
  meshMembership: vocabulary("Mesh membership", MESH_MEMBERSHIPS),
  deployMethod: vocabulary("Deploy method", DEPLOY_METHODS),
  description: ZDescriptionSchema,
};

export const ZNamespaceCreateSchema = z.object(namespaceFields);
export const ZNamespaceUpdateSchema = ZEntityRefSchema.extend(updateShape(namespaceFields));
export const ZNamespaceListInputSchema = ZListInputSchema.extend({
  clusterSlug: slugReference().optional(),
  environmentSlug: slugReference().optional(),
  meshMembership: vocabulary("Mesh membership", MESH_MEMBERSHIPS).optional(),
  deployMethod: vocabulary("Deploy method", DEPLOY_METHODS).optional(),
  teamSlug: slugReference().optional(),
});
export type TNamespaceCreate = z.infer<typeof ZNamespaceCreateSchema>;
export type TNamespaceUpdate = z.infer<typeof ZNamespaceUpdateSchema>;
export type TNamespaceListInput = z.infer<typeof ZNamespaceListInputSchema>;

/** Default slug for a namespace: its cluster plus its name, since names repeat across clusters. */
export function namespaceSlug(clusterSlug: string, name: string): string {
  return `${clusterSlug}-${name}`.slice(0, 63).replace(/-+$/, "");
}
