/** How long a sign-in lasts before the browser must sign in again. */
export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * How stale `lastSeenAt` (sessions) and `lastUsedAt` (API tokens) may get: each request would
 * otherwise be a database write.
 */
export const LAST_SEEN_RESOLUTION_MS = 60 * 1000;

/** The cookie that carries the session token. */
export const SESSION_COOKIE_NAME = "topograph_session";

export function sessionExpiry(now: Date): Date {
  return new Date(now.getTime() + SESSION_LIFETIME_MS);
}

/** A credential is expired from its expiry instant on. */
export function hasExpired(expiresAt: Date, now: Date): boolean {
  return expiresAt.getTime() <= now.getTime();
}

/** Whether a last-seen stamp is old enough to write again. */
export function lastSeenIsStale(lastSeen: Date | null, now: Date): boolean {
  return !lastSeen || now.getTime() - lastSeen.getTime() >= LAST_SEEN_RESOLUTION_MS;
}
