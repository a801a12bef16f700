import { z } from "zod";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** Common list input: keyset cursor, page size and free-text filter. */
export const ZListInputSchema = z.object({
  cursor: z.string().min(1).max(64).optional(),
  limit: z.int("Limit must be a whole number.").min(1, "Limit must be at least 1.").max(MAX_PAGE_SIZE, `Limit must be at most ${MAX_PAGE_SIZE}.`).default(DEFAULT_PAGE_SIZE),
  q: z.string().trim().max(200, "Search text must be at most 200 characters.").optional(),
});

export interface TPage<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** Number of rows matching the filter, across all pages. */
  total: number;
}
