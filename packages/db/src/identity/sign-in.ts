import { AppError, SIGN_IN_FAILED_MESSAGE, type TSignIn } from "@topograph/domain";
import type { TDb } from "../catalog/integrity.ts";
import { verifyAgainstDecoy, verifyPassword } from "./password-hash.ts";
import { createSession, type TNewSession } from "./sessions.ts";
import { asSignedInUser, DISABLED_ACCOUNT_MESSAGE, signedInUserSelect, type TSignedInUser } from "./signed-in-user.ts";

/**
 * Checks an email and password and opens a session. An unknown email and a wrong password fail
 * alike, in the same time (the unknown email is verified against a decoy hash). Only someone who
 * knows the password learns that the account is disabled.
 */
export async function signIn(db: TDb, input: TSignIn, now: Date): Promise<{ user: TSignedInUser; session: TNewSession }> {
  const user = await db.user.findUnique({ where: { email: input.email }, select: { ...signedInUserSelect, passwordHash: true } });
  const verified = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDecoy(input.password);
  if (!user || !verified) throw AppError.unauthenticated(SIGN_IN_FAILED_MESSAGE);
  if (user.disabledAt) throw AppError.forbidden(DISABLED_ACCOUNT_MESSAGE);
  return { user: asSignedInUser(user), session: await createSession(db, user.id, now) };
}
