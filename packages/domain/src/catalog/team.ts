import { z } from "zod";
import { slugList, vocabulary, ZDescriptionSchema, ZEntityRefSchema, ZNameSchema, updateShape } from "./fields.ts";
import { ZListInputSchema } from "./pagination.ts";
import { ZSlugSchema } from "./slug.ts";

/** Team Topologies team types. */
export const TEAM_TYPES = ["stream-aligned", "platform", "enabling", "complicated-subsystem"] as const;
export type TTeamType = (typeof TEAM_TYPES)[number];
export const TEAM_TYPE_LABELS: Record<TTeamType, string> = {
  "stream-aligned": "Stream-aligned",
  platform: "Platform",
  enabling: "Enabling",
  "complicated-subsystem": "Complicated subsystem",
};

export const ZTeamMemberSchema = z.object({
  name: ZNameSchema,
  email: z.email("Email must be a valid address.").max(254),
  role: z.string().trim().max(120, "Role must be at most 120 characters.").default(""),
});

const teamFields = {
  name: ZNameSchema,
  slug: ZSlugSchema.optional(),
  type: vocabulary("Team type", TEAM_TYPES),
  description: ZDescriptionSchema,
  contactChannel: z.string().trim().max(200, "Contact channel must be at most 200 characters.").default(""),
  members: z
    .array(ZTeamMemberSchema)
    .max(500, "At most 500 members.")
    .refine((members) => new Set(members.map((m) => m.email.toLowerCase())).size === members.length, "Two members share an email address.")
    .default([]),
};

export const ZTeamCreateSchema = z.object(teamFields);
export const ZTeamUpdateSchema = ZEntityRefSchema.extend(updateShape(teamFields));
export const ZTeamListInputSchema = ZListInputSchema.extend({ type: vocabulary("Team type", TEAM_TYPES).optional() });
export type TTeamCreate = z.infer<typeof ZTeamCreateSchema>;
export type TTeamUpdate = z.infer<typeof ZTeamUpdateSchema>;
export type TTeamListInput = z.infer<typeof ZTeamListInputSchema>;

/** Reference lists other entities use to name teams. */
export const ZTeamSlugsSchema = slugList("Team");
