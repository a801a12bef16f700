import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_MAX_DAYS, type TApiTokenStatus } from "@topograph/domain";
import type { TOption } from "../../lib/labels.ts";
import type { TBadgeTone } from "../../ui/Badge.tsx";

/** Lifetimes offered when creating a token; the server's default first among them. */
export const TOKEN_LIFETIME_DAYS = [7, 30, API_TOKEN_DEFAULT_DAYS, 180, API_TOKEN_MAX_DAYS] as const;

export function tokenLifetimeOptions(): TOption[] {
  return TOKEN_LIFETIME_DAYS.map((days) => ({ value: String(days), label: days === API_TOKEN_MAX_DAYS ? `${days} days (a year, the most)` : `${days} days` }));
}

export const TOKEN_STATUS: Record<TApiTokenStatus, { label: string; tone: TBadgeTone }> = {
  active: { label: "Active", tone: "success" },
  expired: { label: "Expired", tone: "neutral" },
  revoked: { label: "Revoked", tone: "danger" },
};

/** A status the UI does not know yet (added on the server first) still shows, as itself. */
export function tokenStatus(status: string): { label: string; tone: TBadgeTone } {
  return TOKEN_STATUS[status as TApiTokenStatus] ?? { label: status, tone: "neutral" };
}

/** A day in the reader's locale ("Feb 22, 2027"): token tables show days; the time is in the tooltip. */
export function formatDay(value: string | Date): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleDateString(undefined, { dateStyle: "medium" });
}
