import { hasExpired, lastSeenIsStale, sessionExpiry } from "@topograph/domain";
import type { TDb } from "../catalog/integrity.ts";
import { randomToken, tokenHash } from "./secrets.ts";
import { asSignedInUser, DISABLED_ACCOUNT_MESSAGE, signedInUserSelect, type TCredentialResolution } from "./signed-in-user.ts";

export interface TNewSession {
  id: string;
  /** Goes into the cookie and nowhere else; the database keeps its hash. */
  token: string;
  expiresAt: Date;
}

export async function createSession(db: TDb, userId: string, now: Date): Promise<TNewSession> {
  const token = randomToken();
  const expiresAt = sessionExpiry(now);
  const { id } = await db.session.create({ data: { userId, tokenHash: tokenHash(token), expiresAt, lastSeenAt: now }, select: { id: true } });
  return { id, token, expiresAt };
}

export const SESSION_ENDED_MESSAGE = "Your session has ended; sign in again.";
export const SESSION_EXPIRED_MESSAGE = "Your session has expired; sign in again.";

/**
 * The user a session cookie signs in, or why not. An expired session is deleted on sight; last-seen
 * is written at most once a minute.
 */
export async function resolveSession(db: TDb, token: string, now: Date): Promise<TCredentialResolution> {
  const session = await db.session.findUnique({ where: { tokenHash: tokenHash(token) }, select: { id: true, expiresAt: true, lastSeenAt: true, user: { select: signedInUserSelect } } });
  if (!session) return { ok: false, reason: SESSION_ENDED_MESSAGE };
  if (hasExpired(session.expiresAt, now)) {
    await db.session.deleteMany({ where: { id: session.id } });
    return { ok: false, reason: SESSION_EXPIRED_MESSAGE };
  }
  if (session.user.disabledAt) return { ok: false, reason: DISABLED_ACCOUNT_MESSAGE };
  if (lastSeenIsStale(session.lastSeenAt, now)) await db.session.updateMany({ where: { id: session.id }, data: { lastSeenAt: now } });
  return { ok: true, user: asSignedInUser(session.user), credential: { kind: "session", sessionId: session.id } };
}

/** Signing out: the session stops working at once, whoever holds a copy of the cookie. */
export async function revokeSession(db: TDb, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/** Every session of the user but the one kept (the browser that changed the password). */
export async function revokeOtherSessions(db: TDb, userId: string, keepSessionId: string | null): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) } });
  return count;
}

/** Housekeeping: expired sessions are refused anyway; this removes their rows. */
export async function deleteExpiredSessions(db: TDb, now: Date): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
