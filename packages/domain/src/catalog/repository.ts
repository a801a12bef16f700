import { z } from "zod";
import { slugList, slugReference, vocabulary, ZDescriptionSchema, ZEntityRefSchema, ZNameSchema, updateShape } from "./fields.ts";
import { ZListInputSchema } from "./pagination.ts";
import { ZSlugSchema } from "./slug.ts";

/** Section 21: in a polyrepo, application, Kubernetes and Terraform code live apart; shared logic has its own. */
export const REPOSITORY_KINDS = ["application", "kubernetes", "terraform", "shared"] as const;
export type TRepositoryKind = (typeof REPOSITORY_KINDS)[number];
export const REPOSITORY_KIND_LABELS: Record<TRepositoryKind, string> = {
  application: "Application",
  kubernetes: "Kubernetes",
  terraform: "Terraform",
  shared: "Shared",
};

export const BRANCH_MODELS = ["github-flow", "gitflow", "trunk-based"] as const;
export type TBranchModel = (typeof BRANCH_MODELS)[number];
export const BRANCH_MODEL_LABELS: Record<TBranchModel, string> = {
  "github-flow": "Feature branches merged to main",
  gitflow: "Gitflow (develop and release branches)",
  "trunk-based": "Trunk-based",
};

const repositoryFields = {
  name: ZNameSchema,
  slug: ZSlugSchema.optional(),
  url: z
    .url({ protocol: /^(https?|ssh|git)$/, error: "URL must be an http(s), ssh or git URL, e.g. https://github.com/acme/a-service." })
    .max(500, "URL must be at most 500 characters."),
  kind: vocabulary("Repository kind", REPOSITORY_KINDS),
  defaultBranch: z.string().trim().min(1, "Default branch is required.").max(100).default("main"),
  branchModel: vocabulary("Branch model", BRANCH_MODELS).default("github-flow"),
  description: ZDescriptionSchema,
  componentSlugs: slugList("Component").default([]),
};

export const ZRepositoryCreateSchema = z.object(repositoryFields);
export const ZRepositoryUpdateSchema = ZEntityRefSchema.extend(updateShape(repositoryFields));
export const ZRepositoryListInputSchema = ZListInputSchema.extend({
  kind: vocabulary("Repository kind", REPOSITORY_KINDS).optional(),
  teamSlug: slugReference().optional(),
});
export type TRepositoryCreate = z.infer<typeof ZRepositoryCreateSchema>;
export type TRepositoryUpdate = z.infer<typeof ZRepositoryUpdateSchema>;
export type TRepositoryListInput = z.infer<typeof ZRepositoryListInputSchema>;
