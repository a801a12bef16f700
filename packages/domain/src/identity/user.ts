import { z } from "zod";
import { ZEntityRefSchema, ZNameSchema } from "../catalog/fields.ts";
import { ZListInputSchema } from "../catalog/pagination.ts";
import { ZNewPasswordSchema } from "./password.ts";
import { ZRoleSchema } from "./role.ts";

/** Email addresses identify users; they are compared and stored lower-case. */
export const ZUserEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Email must be a valid address.").max(254, "Email must be at most 254 characters."));

/** An administrator adds a user with a first password that the user should change. */
export const ZUserCreateSchema = z.object({
  email: ZUserEmailSchema,
  name: ZNameSchema,
  role: ZRoleSchema,
  password: ZNewPasswordSchema,
});
export type TUserCreate = z.infer<typeof ZUserCreateSchema>;

export const ZUserSetRoleSchema = ZEntityRefSchema.extend({ role: ZRoleSchema });
export type TUserSetRole = z.infer<typeof ZUserSetRoleSchema>;

/** Disabling keeps the user (and, later, their history) but ends their sessions and refuses their tokens. */
export const ZUserDisableSchema = ZEntityRefSchema;
export type TUserDisable = z.infer<typeof ZUserDisableSchema>;

export const ZUserListInputSchema = ZListInputSchema.extend({ includeDisabled: z.boolean("includeDisabled must be true or false.").default(true) });
export type TUserListInput = z.infer<typeof ZUserListInputSchema>;
