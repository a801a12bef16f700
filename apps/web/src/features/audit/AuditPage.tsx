import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { errorMessage } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { DataTable } from "../../ui/DataTable.tsx";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeader } from "../../ui/PageHeader.tsx";
// The card every list page sits in.
import "../catalog/EntityListPage.css";
import { AuditFilters } from "./AuditFilters.tsx";
import { ExportAuditButtons } from "./ExportAuditButtons.tsx";
import { LoadMore } from "./LoadMore.tsx";
import { AUDIT_LOG_COLUMNS } from "./audit-columns.tsx";
import { auditFilterInput, hasAuditFilters } from "./audit-filters.ts";
import { useAuditFilters } from "./use-audit-filters.ts";
import "./Audit.css";

const PAGE_SIZE = 50;

/** The whole audit log, newest first: who changed what, when, through which path, narrowed by filters in the URL. */
export function AuditPage() {
  useDocumentTitle("Audit log");
  const trpc = useTRPC();
  const { filters, change, clear } = useAuditFilters();
  const filter = auditFilterInput(filters);
  const result = useInfiniteQuery({
    ...trpc.audit.list.infiniteQueryOptions({ ...filter, limit: PAGE_SIZE }, { getNextPageParam: (page) => page.nextCursor ?? undefined }),
    // Keep the current entries on screen while another filter loads.
    placeholderData: keepPreviousData,
  });
  const entries = result.data?.pages.flatMap((page) => page.items);

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change to the catalog and its practices: when, who, through which path and what it changed. Entries are only ever added, never edited or removed."
        actions={<ExportAuditButtons filter={filter} />}
      />
      <div className="list-card">
        <AuditFilters filters={filters} onChange={change} onClear={clear} />
        {result.isError && !entries ? (
          <div className="audit-message">
            <ErrorBanner title="Could not load the audit log." onRetry={() => void result.refetch()}>
              {errorMessage(result.error)}
            </ErrorBanner>
          </div>
        ) : !entries ? (
          <Loading label="Loading the audit log…" />
        ) : entries.length === 0 ? (
          hasAuditFilters(filters) ? (
            <EmptyState title="No entries match these filters.">Try fewer filters or a longer period.</EmptyState>
          ) : (
            <EmptyState title="Nothing has been changed yet.">Every change made from now on is recorded here.</EmptyState>
          )
        ) : (
          <>
            <DataTable caption="Audit log, newest first" columns={AUDIT_LOG_COLUMNS} rows={entries} rowKey={(entry) => entry.id} stale={result.isPlaceholderData} />
            <LoadMore shown={entries.length} hasMore={result.hasNextPage && !result.isPlaceholderData} loading={result.isFetchingNextPage} onLoadMore={() => void result.fetchNextPage()} />
          </>
        )}
      </div>
    </>
  );
}
