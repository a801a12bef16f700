import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for passphrases; short enough that hashing a hostile input stays cheap. */
export const PASSWORD_MAX_LENGTH = 256;

/** A password someone chooses: the only rule is length (NIST SP 800-63B), with a message that says so. */
export const ZNewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters; a few unrelated words make a good one.`)
  .max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters.`);

/** A password someone types to prove who they are: checked against the hash, never against the rules. */
export const ZPasswordAttemptSchema = z.string().min(1, "Password is required.").max(PASSWORD_MAX_LENGTH, `Password must be at most ${PASSWORD_MAX_LENGTH} characters.`);
