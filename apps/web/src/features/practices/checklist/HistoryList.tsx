import { useInfiniteQuery } from "@tanstack/react-query";
import { errorMessage } from "../../../lib/api-error.ts";
import { formatDateTime } from "../../../lib/format-date.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { Loading } from "../../../ui/Loading.tsx";
import { isAnswerStatus } from "../shared/answer-status.ts";
import { EvidenceLinks } from "../shared/EvidenceLinks.tsx";
import type { TChecklistScope } from "../shared/scope.ts";
import { StatusBadge } from "../shared/StatusBadge.tsx";
import "./HistoryList.css";

interface THistoryListProps {
  scope: TChecklistScope;
  /** One item's changes; without it, every change on the checklist. */
  itemId?: string;
  /** Item titles by id, to say which practice changed in the whole checklist's history. */
  itemTitles?: ReadonlyMap<string, string>;
  pageSize?: number;
  /** Said when nothing changed yet. */
  empty: string;
}

/** Answer changes on one checklist, newest first, a page at a time. */
export function HistoryList({ scope, itemId, itemTitles, pageSize = 10, empty }: THistoryListProps) {
  const trpc = useTRPC();
  const result = useInfiniteQuery(
    trpc.checklist.history.infiniteQueryOptions({ scope, ...(itemId ? { itemId } : {}), limit: pageSize }, { getNextPageParam: (page) => page.nextCursor ?? undefined }),
  );
  if (result.isError && !result.data) {
    return (
      <ErrorBanner
        title="Could not load the history."
        onRetry={() => void result.refetch()}
      >
        {errorMessage(result.error)}
      </ErrorBanner>
    );
  }
  if (!result.data) return <Loading label="Loading the history…" />;
  const changes = result.data.pages.flatMap((page) => page.items);
  const total = result.data.pages[0]?.total ?? 0;
  if (changes.length === 0) return <p className="history-list__empty">{empty}</p>;

  return (
    <div className="history-list">
      <ol className="history-list__items">
        {changes.map((change) => (
          <li key={change.id} className="history-list__item">
            {itemTitles ? <p className="history-list__item-title">{itemTitles.get(change.itemId) ?? change.itemId}</p> : null}
            <div className="history-list__change">
              {change.previousStatus && isAnswerStatus(change.previousStatus) ? (
                <>
                  <StatusBadge status={change.previousStatus} />
                  <span aria-label="changed to">→</span>
                </>
              ) : (
                <span className="subtle">First answer:</span>
              )}
              {isAnswerStatus(change.status) ? <StatusBadge status={change.status} /> : <span>{change.status}</span>}
            </div>
            <p className="history-list__who">
              {change.answeredBy} · <time dateTime={String(change.answeredAt)}>{formatDateTime(change.answeredAt)}</time>
            </p>
            {change.note ? <p className="history-list__note">{change.note}</p> : null}
            <EvidenceLinks links={change.evidenceLinks} />
          </li>
        ))}
      </ol>
      <div className="history-list__more">
        <span className="subtle" aria-live="polite">
          Showing {changes.length} of {total} {total === 1 ? "change" : "changes"}
        </span>
        {result.hasNextPage ? (
          <button type="button" className="button button--small" disabled={result.isFetchingNextPage} onClick={() => void result.fetchNextPage()}>
            {result.isFetchingNextPage ? "Loading…" : "Show older changes"}
          </button>
        ) : null}
      </div>
    </div>
  );
}
