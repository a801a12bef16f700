import { plural } from "../../lib/labels.ts";

interface TLoadMoreProps {
  shown: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** Under a list that grows older entries at its end: how many are shown and a way to see more. */
export function LoadMore({ shown, hasMore, loading, onLoadMore }: TLoadMoreProps) {
  return (
    <div className="audit-load-more">
      <span className="subtle" aria-live="polite">
        Showing {plural(shown, "entry", "entries")}
        {hasMore ? ", newest first" : ""}
      </span>
      {hasMore ? (
        <button type="button" className="button button--small" disabled={loading} onClick={onLoadMore}>
          {loading ? "Loading…" : "Load more"}
        </button>
      ) : null}
    </div>
  );
}
