import { z } from "zod";
import { slugReference, vocabulary, ZDescriptionSchema, ZEntityRefSchema, ZNameSchema, updateShape } from "./fields.ts";
import { ZListInputSchema } from "./pagination.ts";
import { ZSlugSchema } from "./slug.ts";
import { ZTeamSlugsSchema } from "./team.ts";

/** The article's 解決領域: what a team answers for. */
export const SOLUTION_AREA_KINDS = ["bounded-context", "client-ui", "cross-cutting"] as const;
export type TSolutionAreaKind = (typeof SOLUTION_AREA_KINDS)[number];
export const SOLUTION_AREA_KIND_LABELS: Record<TSolutionAreaKind, string> = {
  "bounded-context": "Bounded context",
  "client-ui": "Client UI",
  "cross-cutting": "Cross-cutting area",
};

/** Bounded-context areas are created and edited through their bounded context. */
export const DIRECTLY_MANAGED_AREA_KINDS = ["client-ui", "cross-cutting"] as const;

const solutionAreaFields = {
  name: ZNameSchema,
  slug: ZSlugSchema.optional(),
  kind: vocabulary("Solution area kind (bounded contexts are created as bounded contexts)", DIRECTLY_MANAGED_AREA_KINDS),
  description: ZDescriptionSchema,
  teamSlugs: ZTeamSlugsSchema.default([]),
};

export const ZSolutionAreaCreateSchema = z.object(solutionAreaFields);
export const ZSolutionAreaUpdateSchema = ZEntityRefSchema.extend(updateShape(solutionAreaFields));
export const ZSolutionAreaListInputSchema = ZListInputSchema.extend({
  kind: vocabulary("Solution area kind", SOLUTION_AREA_KINDS).optional(),
  teamSlug: slugReference().optional(),
});
export type TSolutionAreaCreate = z.infer<typeof ZSolutionAreaCreateSchema>;
export type TSolutionAreaUpdate = z.infer<typeof ZSolutionAreaUpdateSchema>;
export type TSolutionAreaListInput = z.infer<typeof ZSolutionAreaListInputSchema>;
