import { AppError, DISABLED_ACCOUNT_MESSAGE, type TRole } from "@topograph/domain";
import type { TDb } from "../catalog/integrity.ts";
import { createSession, type TNewSession } from "./sessions.ts";
import { asSignedInUser, signedInUserSelect, type TSignedInUser } from "./signed-in-user.ts";

export interface TOidcSignIn {
  /** Lower-case, as the provider vouched for it. */
  email: string;
  name: string;
  /** The role of a user seen for the first time (TOPOGRAPH_OIDC_DEFAULT_ROLE). */
  defaultRole: TRole;
}

/**
 * Opens a session for the user an OpenID Connect provider vouched for: the user with that email,
 * or a new one with the default role and no password, who signs in through the provider only.
 * An existing user keeps their name, role and password. A disabled account is refused.
 * Users are not audit-log entities (neither are local accounts), so nothing is recorded there.
 */
export async function signInWithOidc(db: TDb, input: TOidcSignIn, now: Date): Promise<{ user: TSignedInUser; session: TNewSession; created: boolean }> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: signedInUserSelect });
  // An upsert, not a create: two first sign-ins at once must both end up with the one user.
  const user =
    existing ??
    (await db.user.upsert({ where: { email: input.email }, create: { email: input.email, name: input.name, role: input.defaultRole }, update: {}, select: signedInUserSelect }));
  if (user.disabledAt) throw AppError.forbidden(DISABLED_ACCOUNT_MESSAGE);
  return { user: asSignedInUser(user), session: await createSession(db, user.id, now), created: !existing };
}
