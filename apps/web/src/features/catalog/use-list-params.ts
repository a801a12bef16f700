import { useCallback, useMemo } from "react";
import { useLocation, useSearchParams } from "react-router";
import { withSearchParamChanges } from "../../lib/use-search-param-changes.ts";

export const PAGE_SIZES = [10, 25, 50, 100] as const;
/** The API's largest page. */
const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 25;

/** Kept in history state, not the URL: the cursors of the pages before this one, for "Previous". */
interface TPagingState {
  trail?: string[];
}

export interface TListParams {
  q: string;
  filters: Record<string, string>;
  cursor: string | undefined;
  limit: number;
  /** 1-based position of the first row, or null when the page was opened from a shared link. */
  from: number | null;
  hasPrevious: boolean;
}

/**
 * A list page's state lives in the URL query string (`?q=…&teamSlug=…&cursor=…&limit=…`), so every
 * filtered view and page can be bookmarked and shared. Keyset cursors only go forward, so the
 * cursors of earlier pages ride along in history state.
 */
export function useListParams(filterNames: readonly string[]) {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const trail = ((location.state as TPagingState | null)?.trail ?? []).filter((cursor) => typeof cursor === "string");

  const params = useMemo<TListParams>(() => {
    const cursor = searchParams.get("cursor") || undefined;
    const limitParam = Number(searchParams.get("limit"));
    // Any size the API accepts works in a link; the select offers the common ones.
    const limit = Number.isInteger(limitParam) && limitParam >= 1 && limitParam <= MAX_PAGE_SIZE ? limitParam : DEFAULT_PAGE_SIZE;
    const fromParam = Number(searchParams.get("from"));
    const from = !cursor ? 1 : Number.isInteger(fromParam) && fromParam > 1 ? fromParam : null;
    const filters: Record<string, string> = {};
    for (const name of filterNames) {
      const value = searchParams.get(name);
      if (value) filters[name] = value;
    }
    return { q: searchParams.get("q") ?? "", filters, cursor, limit, from, hasPrevious: Boolean(cursor) };
  }, [searchParams, filterNames]);

  /** Applies changes to the query string and starts again at the first page. */
  const refine = useCallback(
    (changes: Record<string, string | undefined>, options: { replace?: boolean } = {}) => {
      setSearchParams(
        (current) => {
          const next = withSearchParamChanges(current, changes);
          next.delete("cursor");
          next.delete("from");
          return next;
        },
        { replace: options.replace ?? false },
      );
    },
    [setSearchParams],
  );

  const goToNext = useCallback(
    (nextCursor: string, shownCount: number) => {
      const next = new URLSearchParams(searchParams);
      next.set("cursor", nextCursor);
      if (params.from !== null) next.set("from", String(params.from + shownCount));
      else next.delete("from");
      setSearchParams(next, { state: { trail: [...trail, params.cursor ?? ""] } satisfies TPagingState });
    },
    [searchParams, setSearchParams, params.from, params.cursor, trail],
  );

  const goToPrevious = useCallback(() => {
    const next = new URLSearchParams(searchParams);
    // Without a trail (opened from a link) the way back is the first page.
    const previous = trail.at(-1) ?? "";
    if (previous) next.set("cursor", previous);
    else next.delete("cursor");
    if (previous && params.from !== null) next.set("from", String(Math.max(params.from - params.limit, 1)));
    else next.delete("from");
    setSearchParams(next, { state: { trail: trail.slice(0, -1) } satisfies TPagingState });
  }, [searchParams, setSearchParams, trail, params.from, params.limit]);

  return { params, refine, goToNext, goToPrevious };
}
