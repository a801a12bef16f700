import { z } from "zod";
import { ZRuleIdSchema, ZScoredEntitySchema } from "./scorecard.ts";

/** A rule waived for one entity, with a reason, until a date. Expired waivers stop applying by themselves. */
export interface TWaiver {
  id: string;
  scorecardSlug: string;
  ruleId: string;
  subject: { kind: string; slug: string };
  reason: string;
  /** ISO timestamp; the waiver applies strictly before it. */
  expiresAt: string;
  grantedBy: string;
  grantedAt: string;
  revokedAt: string | null;
}

export function waiverActive(waiver: Pick<TWaiver, "expiresAt" | "revokedAt">, now: Date): boolean {
  return waiver.revokedAt === null && new Date(waiver.expiresAt).getTime() > now.getTime();
}

/** Waivers last a year at most: an exemption nobody revisits is a rule nobody follows. */
export const MAX_WAIVER_DAYS = 366;

export const ZWaiverCreateSchema = z
  .object({
    scorecardId: z.string().trim().min(1, "Scorecard is required.").max(200),
    ruleId: ZRuleIdSchema,
    entity: ZScoredEntitySchema,
    reason: z.string().trim().min(10, "Give a reason of at least 10 characters, so reviewers can judge it.").max(2000, "Reason must be at most 2000 characters."),
    expiresAt: z.iso.datetime({ offset: true, message: "Expiry must be an ISO date-time, e.g. 2027-03-31T00:00:00Z." }).or(z.iso.date({ message: "Expiry must be a date like 2027-03-31." })),
    /** Who grants it; until sign-in exists (issue 8) the person types their name. */
    grantedBy: z.string().trim().min(1, "Say who grants the waiver.").max(120, "Name must be at most 120 characters."),
  })
  .strict();
export type TWaiverCreate = z.infer<typeof ZWaiverCreateSchema>;

/** The expiry as a timestamp: a bare date means the end of that day (UTC). */
export function waiverExpiry(expiresAt: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(expiresAt) ? new Date(`${expiresAt}T23:59:59.999Z`) : new Date(expiresAt);
}

/** Refuses expiries in the past or too far ahead; returns the reason or null. */
export function waiverExpiryProblem(expiresAt: Date, now: Date): string | null {
  if (expiresAt.getTime() <= now.getTime()) return "The expiry must be in the future.";
  if (expiresAt.getTime() - now.getTime() > MAX_WAIVER_DAYS * 24 * 3600 * 1000) return `A waiver lasts at most ${MAX_WAIVER_DAYS} days; renew it when it expires.`;
  return null;
}

export const ZWaiverRevokeSchema = z.object({ id: z.string().trim().min(1).max(64), revokedBy: z.string().trim().min(1, "Say who revokes the waiver.").max(120) }).strict();
export const ZWaiverListSchema = z
  .object({ scorecardId: z.string().trim().min(1).max(200).optional(), entity: ZScoredEntitySchema.optional(), includeInactive: z.boolean().default(false) })
  .strict();
