import { useMemo } from "react";
import { useSearchParamChanges } from "../../lib/use-search-param-changes.ts";
import { readAuditFilters } from "./audit-filters.ts";

/** The log page's filters, read from and written to its URL. */
export function useAuditFilters() {
  const { searchParams, change, clear } = useSearchParamChanges();
  const filters = useMemo(() => readAuditFilters(searchParams), [searchParams]);
  return { filters, change, clear };
}
