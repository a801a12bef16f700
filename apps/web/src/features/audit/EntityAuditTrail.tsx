import { useInfiniteQuery } from "@tanstack/react-query";
import type { TAuditEntityKind } from "@topograph/domain";
import { Link } from "react-router";
import { errorMessage } from "../../lib/api-error.ts";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { DataTable } from "../../ui/DataTable.tsx";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { Section } from "../../ui/Section.tsx";
import { RelationEmpty } from "../catalog/RelatedSection.tsx";
import { LoadMore } from "./LoadMore.tsx";
import { ENTITY_HISTORY_COLUMNS } from "./audit-columns.tsx";
import { auditFilterParams } from "./audit-filters.ts";
import "./Audit.css";

const PAGE_SIZE = 10;

/** One entity's history from the audit log, newest first, on its page; the whole log is one link away. */
export function EntityAuditTrail({ kind, slug }: { kind: TAuditEntityKind; slug: string }) {
  const trpc = useTRPC();
  const result = useInfiniteQuery(
    trpc.audit.forEntity.infiniteQueryOptions({ entity: { kind, slug }, limit: PAGE_SIZE }, { getNextPageParam: (page) => page.nextCursor ?? undefined }),
  );
  const entries = result.data?.pages.flatMap((page) => page.items);
  return (
    <Section
      title="History"
      flush
      actions={
        <Link to={paths.audit(auditFilterParams({ kind, key: slug }))} className="button button--small">
          Open in the audit log
        </Link>
      }
    >
      {result.isError && !entries ? (
        <div className="audit-message">
          <ErrorBanner title="Could not load the history." onRetry={() => void result.refetch()}>
            {errorMessage(result.error)}
          </ErrorBanner>
        </div>
      ) : !entries ? (
        <Loading label="Loading the history…" />
      ) : entries.length === 0 ? (
        <RelationEmpty>No changes recorded yet.</RelationEmpty>
      ) : (
        <>
          <DataTable caption="History, newest first" columns={ENTITY_HISTORY_COLUMNS} rows={entries} rowKey={(entry) => entry.id} />
          <LoadMore shown={entries.length} hasMore={result.hasNextPage} loading={result.isFetchingNextPage} onLoadMore={() => void result.fetchNextPage()} />
        </>
      )}
    </Section>
  );
}
