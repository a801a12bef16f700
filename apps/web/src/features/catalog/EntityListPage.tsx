import { keepPreviousData, useQuery, type UseQueryOptions } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { TApiError } from "../../lib/api-error.ts";
import { errorMessage } from "../../lib/api-error.ts";
import { CATALOG_KINDS, type TCatalogKind } from "../../lib/catalog-kinds.ts";
import { paths } from "../../lib/paths.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { DataTable, type TColumn } from "../../ui/DataTable.tsx";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { FilterBar, type TFilterDefinition } from "../../ui/FilterBar.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeader } from "../../ui/PageHeader.tsx";
import { ListPagination } from "./ListPagination.tsx";
import { useListParams } from "./use-list-params.ts";
import "./EntityListPage.css";

/** What a list page asks the API for; each entity maps `filters` onto its own list input. */
export interface TListRequest {
  q?: string;
  cursor?: string;
  limit: number;
  filters: Record<string, string>;
}

export interface TListPage<TRow> {
  items: TRow[];
  nextCursor: string | null;
  total: number;
}

interface TEntityListPageProps<TRow> {
  kind: TCatalogKind;
  description: ReactNode;
  filters: TFilterDefinition[];
  /** The tRPC query for one page, e.g. `(request) => trpc.team.list.queryOptions({...})`. */
  query: (request: TListRequest) => UseQueryOptions<TListPage<TRow>, TApiError, TListPage<TRow>, any>;
  // Rows are typed by the query alone; columns and keys follow it.
  columns: TColumn<NoInfer<TRow>>[];
  rowKey: (row: NoInfer<TRow>) => string;
  /** Links to sibling lists shown above the table (clusters ⇄ environments). */
  tabs?: ReactNode;
}

/**
 * The one list page every kind uses: server-side paging, free-text and select filters kept in the
 * URL, a table whose first column links to the entry, and a way to add one.
 */
export function EntityListPage<TRow>({ kind, description, filters, query, columns, rowKey, tabs }: TEntityListPageProps<TRow>) {
  const { singular, plural } = CATALOG_KINDS[kind];
  const filterNames = filters.map((filter) => filter.name);
  const list = useListParams(filterNames);
  const { params, refine } = list;
  useDocumentTitle(plural);
  const result = useQuery({
    ...query({ q: params.q || undefined, cursor: params.cursor, limit: params.limit, filters: params.filters }),
    // Keep the current rows on screen while the next page or filter loads.
    placeholderData: keepPreviousData,
  });
  const filtered = params.q !== "" || Object.keys(params.filters).length > 0;
  const page = result.data;

  return (
    <>
      <PageHeader
        title={plural}
        description={description}
        actions={
          <Link to={paths.create(kind)} className="button button--primary">
            New {singular}
          </Link>
        }
      />
      {tabs}
      <div className="list-card">
        <FilterBar
          noun={plural.toLowerCase()}
          text={params.q}
          onTextChange={(q) => refine({ q }, { replace: true })}
          filters={filters}
          values={params.filters}
          onFilterChange={(name, value) => refine({ [name]: value })}
          onClear={() => refine(Object.fromEntries(["q", ...filterNames].map((name) => [name, undefined])))}
        />
        {result.isError && !page ? (
          <div className="list-card__message">
            <ErrorBanner
              title={`Could not load ${plural.toLowerCase()}.`}
              onRetry={() => void result.refetch()}
            >
              {errorMessage(result.error)}
            </ErrorBanner>
          </div>
        ) : !page ? (
          <Loading label={`Loading ${plural.toLowerCase()}…`} />
        ) : page.items.length === 0 ? (
          filtered ? (
            <EmptyState title={`No ${plural.toLowerCase()} match these filters.`}>Try fewer filters or a shorter search text.</EmptyState>
          ) : (
            <EmptyState
              title={`No ${plural.toLowerCase()} in the catalog yet.`}
              action={
                <Link to={paths.create(kind)} className="button">
                  Add the first {singular}
                </Link>
              }
            />
          )
        ) : (
          <>
            <DataTable caption={plural} columns={columns} rows={page.items} rowKey={rowKey} stale={result.isPlaceholderData} />
            <ListPagination list={list} page={page} stale={result.isPlaceholderData} />
          </>
        )}
      </div>
    </>
  );
}
