import type { TPage } from "@topograph/domain";

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

/** Free-text filter over name and slug (SQLite LIKE is case-insensitive for ASCII). */
export function textFilter(q: string | undefined) {
  return q ? { OR: [{ name: { contains: q } }, { slug: { contains: q } }] } : {};
}

/**
 * Related rows shown on an entity page are capped, so no page loads a whole table; each capped list
 * comes with its full count (`_count` or `…Count`) and the page links to the filtered list for the rest.
 */
export const RELATED_LIMIT = 100;

export const byName = [{ name: "asc" as const }, { id: "asc" as const }];
