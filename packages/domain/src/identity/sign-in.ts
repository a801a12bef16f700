import { z } from "zod";
import { ZNewPasswordSchema, ZPasswordAttemptSchema } from "./password.ts";
import { ZUserEmailSchema } from "./user.ts";

export const ZSignInSchema = z.object({ email: ZUserEmailSchema, password: ZPasswordAttemptSchema });
export type TSignIn = z.infer<typeof ZSignInSchema>;

/**
 * The one answer to a failed sign-in, whether the email is unknown or the password wrong, so the
 * answer tells nobody which addresses have accounts.
 */
export const SIGN_IN_FAILED_MESSAGE = "The email or password is incorrect.";

/** Said only to someone who proved who they are (right password, or the OpenID Connect provider). */
export const DISABLED_ACCOUNT_MESSAGE = "This account has been disabled; ask an administrator.";

export const ZChangePasswordSchema = z
  .object({ currentPassword: ZPasswordAttemptSchema, newPassword: ZNewPasswordSchema })
  .refine((input) => input.currentPassword !== input.newPassword, { path: ["newPassword"], message: "The new password must differ from the current one." });
export type TChangePassword = z.infer<typeof ZChangePasswordSchema>;
