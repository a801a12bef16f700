import type { TPage } from "@topograph/domain";
import { isPostgresDatabase } from "../postgres/client.ts";
import type { TDb } from "./integrity.ts";

interface TPageRequest {
  limit: number;
  cursor?: string;
}

/** The keyset arguments Prisma needs for one page, asking for one extra row to know if more follow. */
export interface TPageArgs {
  take: number;
  skip: number;
  cursor?: { id: string };
}

/**
 * Runs a keyset-paginated query and its count. Rows must be ordered by a stable key ending in `id`;
 * Prisma's cursor continues after the row with that id in that order.
 */
export async function pageOf<T extends { id: string }>(
  request: TPageRequest,
  count: () => Promise<number>,
  find: (args: TPageArgs) => Promise<T[]>,
): Promise<TPage<T>> {
  const args: TPageArgs = request.cursor
    ? { take: request.limit + 1, skip: 1, cursor: { id: request.cursor } }
    : { take: request.limit + 1, skip: 0 };
  const [total, rows] = await Promise.all([count(), find(args)]);
  const items = rows.slice(0, request.limit);
  const last = items.at(-1);
  return { items, total, nextCursor: rows.length > request.limit && last ? last.id : null };
}

/** The string conditions `matchText` builds. */
export type TTextMatch = { contains: string } | { startsWith: string };

/**
 * A case-insensitive `contains` or `startsWith` condition, alike on both providers. SQLite's LIKE
 * already ignores case (for ASCII letters); PostgreSQL's LIKE does not, so there the condition asks
 * for `mode: "insensitive"` (ILIKE), an option the SQLite client does not have.
 */
export function matchText(db: TDb, operator: "contains" | "startsWith", text: string): TTextMatch {
  const condition: TTextMatch & { mode?: "insensitive" } = operator === "contains" ? { contains: text } : { startsWith: text };
  if (isPostgresDatabase(db)) condition.mode = "insensitive";
  return condition;
}

/** Free-text filter over name and slug, case-insensitive on both providers. */
export function textFilter(db: TDb, q: string | undefined) {
  return q ? { OR: [{ name: matchText(db, "contains", q) }, { slug: matchText(db, "contains", q) }] } : {};
}

/**
 * Related rows shown on an entity page are capped, so no page loads a whole table; each capped list
 * comes with its full count (`_count` or `…Count`) and the page links to the filtered list for the rest.
 */
export const RELATED_LIMIT = 100;

export const byName = [{ name: "asc" as const }, { id: "asc" as const }];
