import { AppError, type TEntityRef } from "@topograph/domain";
import { Prisma } from "../generated/prisma/client.ts";
import type { TDatabase } from "../client.ts";
import { withAuditScope } from "../audit/audit-context.ts";

export type TTransaction = Prisma.TransactionClient;
/** The database, or a transaction already open on it: writes compose into the caller's transaction. */
export type TDb = TDatabase | TTransaction;

/**
 * Runs a write in one transaction, so a failed check leaves nothing half-written, and turns the
 * database's own constraint errors into the application error as a last line of defence.
 * Inside an open transaction the work joins it, so a larger unit (an import, the demo) stays atomic.
 * A transaction opened outside any audit scope gets one correlation id for its audit entries.
 */
export async function inTransaction<T>(db: TDb, work: (tx: TTransaction) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T> {
  try {
    return "$transaction" in db ? await withAuditScope(() => db.$transaction(work, options)) : await work(db);
  } catch (error) {
    throw toAppError(error);
  }
}

function toAppError(error: unknown): unknown {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return error;
  switch (error.code) {
    case "P2002":
      return new AppError("DUPLICATE", "Another entry already uses one of these unique values.");
    case "P2003":
      return new AppError("REFERENCED", "Other catalog entries still refer to this one.");
    case "P2025":
      return new AppError("NOT_FOUND", "The entry no longer exists.");
    default:
      return error;
  }
}

/** Checks that the row exists and that the caller edited the version it now has. */
export function expectVersion<T extends { version: number }>(kind: string, current: T | null, ref: TEntityRef): T {
  if (!current) throw AppError.notFound(kind, ref.id);
  if (current.version !== ref.version) throw staleVersion(kind, ref.version, current.version);
  return current;
}

export function staleVersion(kind: string, edited: number, now: number | "unknown"): AppError {
  return new AppError(
    "STALE_VERSION",
    `This ${kind} was changed by someone else while you edited it (you edited version ${edited}, it is now at version ${now}). Reload to see the changes, then edit again.`,
  );
}

/** Guards the write itself: zero rows updated means another writer got there first. */
export function expectOneUpdated(kind: string, result: { count: number }, edited: number): void {
  if (result.count !== 1) throw staleVersion(kind, edited, "unknown");
}

/** Rejects a slug that another entry of the same kind already uses. */
export function expectSlugFree(kind: string, slug: string, holder: { id: string; name: string } | null, selfId?: string): void {
  if (holder && holder.id !== selfId) {
    throw new AppError("DUPLICATE", `The slug "${slug}" is already used by the ${kind} "${holder.name}".`, [
      { path: "slug", message: `Already used by the ${kind} "${holder.name}". Choose another slug.` },
    ]);
  }
}

/** Turns slugs into ids, naming every slug that matches nothing under the input field that held it. */
export async function resolveSlugs(
  field: string,
  kind: string,
  slugs: readonly string[],
  find: (slugs: string[]) => Promise<{ id: string; slug: string }[]>,
): Promise<string[]> {
  if (slugs.length === 0) return [];
  const rows = await find([...slugs]);
  const idBySlug = new Map(rows.map((row) => [row.slug, row.id]));
  const missing = slugs.filter((slug) => !idBySlug.has(slug));
  if (missing.length > 0) {
    const list = missing.map((slug) => `"${slug}"`).join(", ");
    throw AppError.invalid(field, `No ${kind} ${list} exists.`);
  }
  return slugs.map((slug) => idBySlug.get(slug)!);
}

/** Something that still refers to an entry and so keeps it from being deleted. */
export interface TDeleteBlocker {
  count: number;
  /** Plural phrase after the verb, e.g. "owns {n} components". */
  describe: (count: number) => string;
  examples: string[];
}

/** Explains, in one sentence, everything that keeps an entry from being deleted. */
export function expectNothingBlocksDelete(kind: string, name: string, blockers: TDeleteBlocker[]): void {
  const active = blockers.filter((b) => b.count > 0);
  if (active.length === 0) return;
  const reasons = active.map((b) => {
    const more = b.count > b.examples.length ? ", …" : "";
    return `${b.describe(b.count)} (${b.examples.join(", ")}${more})`;
  });
  throw new AppError("REFERENCED", `Cannot delete the ${kind} "${name}": it ${reasons.join(" and ")}. Reassign or remove those first.`);
}

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
