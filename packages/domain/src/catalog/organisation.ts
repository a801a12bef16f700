import { z } from "zod";
import { vocabulary, ZNameSchema, ZVersionSchema } from "./fields.ts";

/** Section 22: who may change a component. Collective: any team; strong: only its owning team. */
export const OWNERSHIP_MODES = ["collective", "strong"] as const;
export type TOwnershipMode = (typeof OWNERSHIP_MODES)[number];
export const OWNERSHIP_MODE_LABELS: Record<TOwnershipMode, string> = {
  collective: "Collective ownership",
  strong: "Strong ownership",
};

/** Section 21: one repository for everything, or repositories per component. */
export const REPOSITORY_STRATEGIES = ["monorepo", "polyrepo"] as const;
export type TRepositoryStrategy = (typeof REPOSITORY_STRATEGIES)[number];
export const REPOSITORY_STRATEGY_LABELS: Record<TRepositoryStrategy, string> = {
  monorepo: "Monorepo",
  polyrepo: "Polyrepo",
};

export const ZOwnershipModeSchema = vocabulary("Ownership mode", OWNERSHIP_MODES);

export const ZOrganisationUpdateSchema = z.object({
  version: ZVersionSchema,
  name: ZNameSchema.optional(),
  defaultOwnershipMode: ZOwnershipModeSchema.optional(),
  repositoryStrategy: vocabulary("Repository strategy", REPOSITORY_STRATEGIES).optional(),
});
export type TOrganisationUpdate = z.infer<typeof ZOrganisationUpdateSchema>;
