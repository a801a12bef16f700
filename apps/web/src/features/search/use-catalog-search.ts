import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TEntityKind } from "@topograph/domain";
import { useTRPC } from "../../lib/trpc.ts";
import { useDebouncedValue } from "../../lib/use-debounced-value.ts";

/** How long typing must pause before the search is sent: fast enough to feel instant. */
const SEARCH_DEBOUNCE_MS = 150;

/** Searches the whole catalog as the user types; the previous results stay until new ones arrive. */
export function useCatalogSearch(text: string, limit: number, { debounce = true, kinds }: { debounce?: boolean; kinds?: TEntityKind[] } = {}) {
  const trpc = useTRPC();
  const debounced = useDebouncedValue(text.trim(), debounce ? SEARCH_DEBOUNCE_MS : 0);
  const q = debounce ? debounced : text.trim();
  const result = useQuery({
    ...trpc.search.query.queryOptions({ q, limit, kinds }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  return {
    hits: q ? (result.data?.items ?? []) : [],
    /** True while the shown hits are for an older text than the one typed. */
    pending: text.trim() !== q || result.isFetching,
    error: result.error,
  };
}
