import { Pagination } from "../../ui/Pagination.tsx";
import { PAGE_SIZES, type useListParams } from "./use-list-params.ts";

interface TListPaginationProps {
  /** The list state from `useListParams`: cursor, page size, position and how to move. */
  list: ReturnType<typeof useListParams>;
  page: { items: readonly unknown[]; nextCursor: string | null; total: number };
  /** While the next page loads, the previous one stays on screen; paging forward waits for it. */
  stale: boolean;
}

/** Pagination for a server-paged list whose cursor and page size live in the URL. */
export function ListPagination({ list: { params, refine, goToNext, goToPrevious }, page, stale }: TListPaginationProps) {
  return (
    <Pagination
      from={params.from}
      count={page.items.length}
      total={page.total}
      hasPrevious={params.hasPrevious}
      hasNext={page.nextCursor !== null && !stale}
      onPrevious={goToPrevious}
      onNext={() => page.nextCursor && goToNext(page.nextCursor, page.items.length)}
      pageSize={params.limit}
      pageSizes={PAGE_SIZES}
      onPageSizeChange={(size) => refine({ limit: String(size) })}
    />
  );
}
