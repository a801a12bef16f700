import type { TAuditAction, TAuditFields } from "./vocabulary.ts";

/** Bookkeeping every row carries; a change to only these is no change anyone made. */
const BOOKKEEPING = new Set(["version", "updatedAt", "createdAt"]);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What an entry stores as before and after: full rows for create and delete, only the changed
 * fields for an update (null when nothing but bookkeeping changed, so no entry is written).
 */
export function auditDiff(
  action: TAuditAction,
  before: TAuditFields | null,
  after: TAuditFields | null,
): { before: TAuditFields | null; after: TAuditFields | null } | null {
  if (action === "create") return { before: null, after };
  if (action === "delete") return { before, after: null };
  const was = before ?? {};
  const now = after ?? {};
  const keys = [...new Set([...Object.keys(was), ...Object.keys(now)])].filter((key) => !BOOKKEEPING.has(key) && !same(was[key], now[key]));
  if (keys.length === 0) return null;
  return { before: Object.fromEntries(keys.map((key) => [key, was[key] ?? null])), after: Object.fromEntries(keys.map((key) => [key, now[key] ?? null])) };
}
