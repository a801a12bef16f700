import { z } from "zod";
import { ZEntityIdSchema } from "../catalog/fields.ts";
import { hasExpired } from "./session.ts";

/**
 * Personal API tokens read `tpg_<prefix>_<secret>`: a fixed marker that secret scanners can match,
 * a short prefix shown in token lists so people can tell their tokens apart, and 256 random bits.
 * Only a hash of the whole token is stored; the token is shown once, when it is created.
 */
export const API_TOKEN_MARKER = "tpg";
export const API_TOKEN_PREFIX_LENGTH = 8;
export const API_TOKEN_SECRET_LENGTH = 64;
const API_TOKEN_PATTERN = new RegExp(`^${API_TOKEN_MARKER}_([0-9a-f]{${API_TOKEN_PREFIX_LENGTH}})_([0-9a-f]{${API_TOKEN_SECRET_LENGTH}})$`);

export interface TApiTokenParts {
  /** Lower-case hex, API_TOKEN_PREFIX_LENGTH characters. */
  prefix: string;
  /** Lower-case hex, API_TOKEN_SECRET_LENGTH characters. */
  secret: string;
}

export function formatApiToken({ prefix, secret }: TApiTokenParts): string {
  const token = `${API_TOKEN_MARKER}_${prefix}_${secret}`;
  if (!API_TOKEN_PATTERN.test(token)) throw new Error("An API token needs a hex prefix and secret of the fixed lengths.");
  return token;
}

/** The parts of a token, or null when the text is not a Topograph API token at all. */
export function parseApiToken(text: string): TApiTokenParts | null {
  const match = API_TOKEN_PATTERN.exec(text.trim());
  return match ? { prefix: match[1]!, secret: match[2]! } : null;
}

/** What token lists show instead of the secret. */
export function apiTokenHint(prefix: string): string {
  return `${API_TOKEN_MARKER}_${prefix}_…`;
}

export const API_TOKEN_MAX_DAYS = 365;
export const API_TOKEN_DEFAULT_DAYS = 90;

export const ZApiTokenCreateSchema = z.object({
  name: z.string().trim().min(1, "Name the token, e.g. after the pipeline that uses it.").max(80, "Token name must be at most 80 characters."),
  expiresInDays: z
    .int("expiresInDays must be a whole number of days.")
    .min(1, "expiresInDays must be at least 1.")
    .max(API_TOKEN_MAX_DAYS, `expiresInDays must be at most ${API_TOKEN_MAX_DAYS}: tokens last a year at most.`)
    .default(API_TOKEN_DEFAULT_DAYS),
});
export type TApiTokenCreate = z.infer<typeof ZApiTokenCreateSchema>;

export const ZApiTokenRevokeSchema = z.object({ id: ZEntityIdSchema });
export type TApiTokenRevoke = z.infer<typeof ZApiTokenRevokeSchema>;

export function apiTokenExpiry(now: Date, days: number): Date {
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
}

export type TApiTokenStatus = "active" | "expired" | "revoked";

/** Revocation wins over expiry: a revoked token reads as revoked even after it would have expired. */
export function apiTokenStatus(token: { expiresAt: Date; revokedAt: Date | null }, now: Date): TApiTokenStatus {
  if (token.revokedAt) return "revoked";
  return hasExpired(token.expiresAt, now) ? "expired" : "active";
}
