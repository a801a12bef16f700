import { z } from "zod";
import { ZDescriptionSchema, ZEntityRefSchema, ZNameSchema, updateShape } from "./fields.ts";
import { ZListInputSchema } from "./pagination.ts";
import { ZSlugSchema } from "./slug.ts";

/** Where components run: environments (promotion stages) and the clusters that host namespaces. */
const environmentFields = {
  name: ZNameSchema,
  slug: ZSlugSchema.optional(),
  rank: z.int("Rank must be a whole number.").min(0, "Rank must be 0 or more.").max(100, "Rank must be at most 100."),
  description: ZDescriptionSchema,
};
export const ZEnvironmentCreateSchema = z.object(environmentFields);
export const ZEnvironmentUpdateSchema = ZEntityRefSchema.extend(updateShape(environmentFields));
export type TEnvironmentCreate = z.infer<typeof ZEnvironmentCreateSchema>;
export type TEnvironmentUpdate = z.infer<typeof ZEnvironmentUpdateSchema>;

const clusterFields = {
  name: ZNameSchema,
  slug: ZSlugSchema.optional(),
  provider: z.string().trim().max(120).default(""),
  region: z.string().trim().max(120).default(""),
  description: ZDescriptionSchema,
};
export const ZClusterCreateSchema = z.object(clusterFields);
export const ZClusterUpdateSchema = ZEntityRefSchema.extend(updateShape(clusterFields));
export type TClusterCreate = z.infer<typeof ZClusterCreateSchema>;
export type TClusterUpdate = z.infer<typeof ZClusterUpdateSchema>;

export const ZRuntimeListInputSchema = ZListInputSchema;
export type TRuntimeListInput = z.infer<typeof ZRuntimeListInputSchema>;
