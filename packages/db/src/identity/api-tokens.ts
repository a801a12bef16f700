import { AppError, apiTokenExpiry, apiTokenHint, apiTokenStatus, formatApiToken, lastSeenIsStale, parseApiToken, API_TOKEN_PREFIX_LENGTH, API_TOKEN_SECRET_LENGTH, type TApiTokenCreate } from "@topograph/domain";
import type { TDb } from "../catalog/integrity.ts";
import { randomHex, tokenHash } from "./secrets.ts";
import { asSignedInUser, DISABLED_ACCOUNT_MESSAGE, signedInUserSelect, type TCredentialResolution } from "./signed-in-user.ts";

const listedSelect = { id: true, name: true, prefix: true, expiresAt: true, revokedAt: true, lastUsedAt: true, createdAt: true } as const;

function listed(row: { id: string; name: string; prefix: string; expiresAt: Date; revokedAt: Date | null; lastUsedAt: Date | null; createdAt: Date }, now: Date) {
  return { ...row, hint: apiTokenHint(row.prefix), status: apiTokenStatus(row, now) };
}

export type TListedApiToken = ReturnType<typeof listed>;

/** Creates a token for its owner. The answer is the only time the token itself is ever shown. */
export async function createApiToken(db: TDb, userId: string, input: TApiTokenCreate, now: Date): Promise<TListedApiToken & { token: string }> {
  const token = formatApiToken({ prefix: randomHex(API_TOKEN_PREFIX_LENGTH / 2), secret: randomHex(API_TOKEN_SECRET_LENGTH / 2) });
  const row = await db.apiToken.create({
    data: { userId, name: input.name, prefix: parseApiToken(token)!.prefix, tokenHash: tokenHash(token), expiresAt: apiTokenExpiry(now, input.expiresInDays) },
    select: listedSelect,
  });
  return { ...listed(row, now), token };
}

/** The owner's tokens, newest first, with their status; never the secret or its hash. */
export async function listApiTokens(db: TDb, userId: string, now: Date): Promise<TListedApiToken[]> {
  const rows = await db.apiToken.findMany({ where: { userId }, select: listedSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  return rows.map((row) => listed(row, now));
}

/** Revokes one of the owner's tokens; someone else's token reads as unknown. Revoking twice is harmless. */
export async function revokeApiToken(db: TDb, userId: string, id: string, now: Date): Promise<TListedApiToken> {
  const current = await db.apiToken.findFirst({ where: { id, userId }, select: { revokedAt: true } });
  if (!current) throw AppError.notFound("API token", id);
  const row = current.revokedAt
    ? await db.apiToken.findUniqueOrThrow({ where: { id }, select: listedSelect })
    : await db.apiToken.update({ where: { id }, data: { revokedAt: now }, select: listedSelect });
  return listed(row, now);
}

export const API_TOKEN_UNKNOWN_MESSAGE = "The API token is not valid. Create a new one under your account's API tokens.";

/** The user a bearer token acts for, or why not; last-used is written at most once a minute. */
export async function resolveApiToken(db: TDb, token: string, now: Date): Promise<TCredentialResolution> {
  if (!parseApiToken(token)) return { ok: false, reason: "The bearer token is not a Topograph API token (they read tpg_…)." };
  const row = await db.apiToken.findUnique({ where: { tokenHash: tokenHash(token.trim()) }, select: { id: true, name: true, expiresAt: true, revokedAt: true, lastUsedAt: true, user: { select: signedInUserSelect } } });
  if (!row) return { ok: false, reason: API_TOKEN_UNKNOWN_MESSAGE };
  const status = apiTokenStatus(row, now);
  if (status === "revoked") return { ok: false, reason: `The API token "${row.name}" was revoked.` };
  if (status === "expired") return { ok: false, reason: `The API token "${row.name}" expired on ${row.expiresAt.toISOString().slice(0, 10)}.` };
  if (row.user.disabledAt) return { ok: false, reason: DISABLED_ACCOUNT_MESSAGE };
  if (lastSeenIsStale(row.lastUsedAt, now)) await db.apiToken.updateMany({ where: { id: row.id }, data: { lastUsedAt: now } });
  return { ok: true, user: asSignedInUser(row.user), credential: { kind: "api-token", tokenId: row.id } };
}
