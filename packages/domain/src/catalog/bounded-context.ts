import { z } from "zod";
import { slugReference, vocabulary, ZDescriptionSchema, ZEntityIdSchema, ZEntityRefSchema, ZNameSchema, updateShape } from "./fields.ts";
import { ZListInputSchema } from "./pagination.ts";
import { ZSlugSchema } from "./slug.ts";
import { ZTeamSlugsSchema } from "./team.ts";

export const SUBDOMAIN_TYPES = ["core", "supporting", "generic"] as const;
export type TSubdomainType = (typeof SUBDOMAIN_TYPES)[number];
export const SUBDOMAIN_TYPE_LABELS: Record<TSubdomainType, string> = {
  core: "Core",
  supporting: "Supporting",
  generic: "Generic",
};

/** Team Topologies domain complexity, used by the team-boundary heuristics. */
export const CONTEXT_COMPLEXITIES = ["simple", "complicated", "complex"] as const;
export type TContextComplexity = (typeof CONTEXT_COMPLEXITIES)[number];
export const CONTEXT_COMPLEXITY_LABELS: Record<TContextComplexity, string> = {
  simple: "Simple",
  complicated: "Complicated",
  complex: "Complex",
};

/**
 * DDD context-map patterns. `side` says where the pattern sits: on the upstream context (open host
 * service, published language), on the downstream one (conformist, anticorruption layer), across the
 * pair (customer/supplier), or mutual (partnership, shared kernel: direction carries no meaning).
 */
export const CONTEXT_RELATIONSHIP_PATTERNS = [
  "partnership",
  "shared-kernel",
  "customer-supplier",
  "conformist",
  "anticorruption-layer",
  "open-host-service",
  "published-language",
] as const;
export type TContextRelationshipPattern = (typeof CONTEXT_RELATIONSHIP_PATTERNS)[number];
export const CONTEXT_RELATIONSHIP_PATTERN_INFO: Record<
  TContextRelationshipPattern,
  { label: string; abbreviation: string; side: "mutual" | "pair" | "upstream" | "downstream" }
> = {
  partnership: { label: "Partnership", abbreviation: "P", side: "mutual" },
  "shared-kernel": { label: "Shared kernel", abbreviation: "SK", side: "mutual" },
  "customer-supplier": { label: "Customer/supplier", abbreviation: "C/S", side: "pair" },
  conformist: { label: "Conformist", abbreviation: "CF", side: "downstream" },
  "anticorruption-layer": { label: "Anticorruption layer", abbreviation: "ACL", side: "downstream" },
  "open-host-service": { label: "Open host service", abbreviation: "OHS", side: "upstream" },
  "published-language": { label: "Published language", abbreviation: "PL", side: "upstream" },
};

const boundedContextFields = {
  name: ZNameSchema,
  slug: ZSlugSchema.optional(),
  purpose: ZDescriptionSchema,
  subdomainType: vocabulary("Subdomain type", SUBDOMAIN_TYPES),
  complexity: vocabulary("Complexity", CONTEXT_COMPLEXITIES).default("complicated"),
  teamSlugs: ZTeamSlugsSchema.default([]),
};

export const ZBoundedContextCreateSchema = z.object(boundedContextFields);
export const ZBoundedContextUpdateSchema = ZEntityRefSchema.extend(updateShape(boundedContextFields));
export const ZBoundedContextListInputSchema = ZListInputSchema.extend({
  subdomainType: vocabulary("Subdomain type", SUBDOMAIN_TYPES).optional(),
  teamSlug: slugReference().optional(),
});

export const ZContextRelationshipCreateSchema = z
  .object({
    upstreamSlug: slugReference("Upstream context is required."),
    downstreamSlug: slugReference("Downstream context is required."),
    pattern: vocabulary("Relationship pattern", CONTEXT_RELATIONSHIP_PATTERNS),
    description: ZDescriptionSchema,
  })
  .refine((r) => r.upstreamSlug !== r.downstreamSlug, {
    path: ["downstreamSlug"],
    message: "A context cannot have a relationship with itself.",
  });
export const ZContextRelationshipDeleteSchema = z.object({ id: ZEntityIdSchema });

export type TBoundedContextCreate = z.infer<typeof ZBoundedContextCreateSchema>;
export type TBoundedContextUpdate = z.infer<typeof ZBoundedContextUpdateSchema>;
export type TBoundedContextListInput = z.infer<typeof ZBoundedContextListInputSchema>;
export type TContextRelationshipCreate = z.infer<typeof ZContextRelationshipCreateSchema>;
