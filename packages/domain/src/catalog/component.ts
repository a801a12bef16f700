import { z } from "zod";
import { slugList, slugReference, vocabulary, ZDescriptionSchema, ZEntityRefSchema, ZNameSchema, updateShape } from "./fields.ts";
import { OWNERSHIP_MODES, ZOwnershipModeSchema } from "./organisation.ts";
import { ZListInputSchema } from "./pagination.ts";
import { ZSlugSchema } from "./slug.ts";
import { ZTeamSlugsSchema } from "./team.ts";

export const COMPONENT_KINDS = ["microservice", "frontend", "bff", "sre-tool", "shared-library"] as const;
export type TComponentKind = (typeof COMPONENT_KINDS)[number];
export const COMPONENT_KIND_LABELS: Record<TComponentKind, string> = {
  microservice: "Microservice",
  frontend: "Frontend",
  bff: "BFF",
  "sre-tool": "SRE tool",
  "shared-library": "Shared library",
};

export const LIFECYCLES = ["experimental", "production", "deprecated"] as const;
export type TLifecycle = (typeof LIFECYCLES)[number];
export const LIFECYCLE_LABELS: Record<TLifecycle, string> = {
  experimental: "Experimental",
  production: "Production",
  deprecated: "Deprecated",
};

/** Synchronous calls (RPC/REST) or asynchronous messages (events, queues). */
export const DEPENDENCY_STYLES = ["sync", "async"] as const;
export type TDependencyStyle = (typeof DEPENDENCY_STYLES)[number];
export const DEPENDENCY_STYLE_LABELS: Record<TDependencyStyle, string> = { sync: "Synchronous", async: "Asynchronous" };

export const ZComponentDependencySchema = z.object({
  componentSlug: slugReference("Dependency component is required."),
  style: vocabulary("Dependency style", DEPENDENCY_STYLES).default("sync"),
});

/** Free key–value labels (tier: critical, cost-centre: 42) that scorecard filters and rules can read. */
export const ZLabelsSchema = z
  .record(
    z.string().trim().regex(/^[a-z0-9]([a-z0-9._/-]{0,62})$/, "A label name uses lower-case letters, digits, dots, dashes, underscores and slashes (at most 63)."),
    z.string().trim().max(200, "A label value must be at most 200 characters."),
  )
  .refine((labels) => Object.keys(labels).length <= 30, "At most 30 labels.");

const componentFields = {
  name: ZNameSchema,
  slug: ZSlugSchema.optional(),
  description: ZDescriptionSchema,
  kind: vocabulary("Component kind", COMPONENT_KINDS),
  lifecycle: vocabulary("Lifecycle", LIFECYCLES).default("production"),
  labels: ZLabelsSchema.default({}),
  /** null or absent: follow the organisation default. */
  ownershipMode: ZOwnershipModeSchema.nullable().default(null),
  solutionAreaSlug: slugReference().nullable().default(null),
  ownerTeamSlugs: ZTeamSlugsSchema.default([]),
  repositorySlugs: slugList("Repository").default([]),
  namespaceSlugs: slugList("Namespace").default([]),
  dependencies: z
    .array(ZComponentDependencySchema)
    .max(500, "At most 500 dependencies.")
    .refine((deps) => new Set(deps.map((d) => d.componentSlug)).size === deps.length, "A dependency is listed twice.")
    .default([]),
};

export const ZComponentCreateSchema = z.object(componentFields);
export const ZComponentUpdateSchema = ZEntityRefSchema.extend(updateShape(componentFields));
export const ZComponentListInputSchema = ZListInputSchema.extend({
  kind: vocabulary("Component kind", COMPONENT_KINDS).optional(),
  lifecycle: vocabulary("Lifecycle", LIFECYCLES).optional(),
  teamSlug: slugReference().optional(),
  solutionAreaSlug: slugReference().optional(),
  environmentSlug: slugReference().optional(),
  /** Filters by the mode that applies (override or organisation default), not only by override. */
  ownershipMode: vocabulary("Ownership mode", OWNERSHIP_MODES).optional(),
});
export type TComponentCreate = z.infer<typeof ZComponentCreateSchema>;
export type TComponentUpdate = z.infer<typeof ZComponentUpdateSchema>;
export type TComponentListInput = z.infer<typeof ZComponentListInputSchema>;
