import { useCallback } from "react";
import { useSearchParams } from "react-router";

/** Changes to a query string: a value sets its param, an empty one (or `undefined`) removes it. */
export type TSearchParamChanges = Record<string, string | undefined>;

/** A copy of the params with the changes applied; the params given are left as they are. */
export function withSearchParamChanges(params: URLSearchParams, changes: TSearchParamChanges): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [name, value] of Object.entries(changes)) {
    if (value) next.set(name, value);
    else next.delete(name);
  }
  return next;
}

/**
 * The query string, and ways to change some of its params or clear them all in place, for a page's
 * filters and view choices: the history entry is replaced, so Back leaves the page rather than
 * undoing each choice.
 */
export function useSearchParamChanges() {
  const [searchParams, setSearchParams] = useSearchParams();
  const change = useCallback(
    (changes: TSearchParamChanges) => setSearchParams((current) => withSearchParamChanges(current, changes), { replace: true }),
    [setSearchParams],
  );
  const clear = useCallback(() => setSearchParams(new URLSearchParams(), { replace: true }), [setSearchParams]);
  return { searchParams, change, clear };
}
