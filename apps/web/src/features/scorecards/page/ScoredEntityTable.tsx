import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { errorMessage } from "../../../lib/api-error.ts";
import { paths } from "../../../lib/paths.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { EmptyState } from "../../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { FilterBar } from "../../../ui/FilterBar.tsx";
import { Loading } from "../../../ui/Loading.tsx";
import { Pagination } from "../../../ui/Pagination.tsx";
import { useAllReferenceOptions } from "../../catalog/reference-options.ts";
import { LevelBadge } from "../shared/LevelBadge.tsx";
import type { TScorecard } from "../shared/scorecard-types.ts";
import { nextSort, TABLE_PAGE_SIZES, type TEntitySort, type TTableParams } from "./table-params.ts";
import "../../../ui/DataTable.css";
import "./ScoredEntityTable.css";

const SORT_COLUMNS: { sort: TEntitySort; header: string; numeric?: boolean }[] = [
  { sort: "name", header: "Entity" },
  { sort: "level", header: "Level" },
  { sort: "score", header: "Score", numeric: true },
  { sort: "failing", header: "Failing rules", numeric: true },
];

interface TScoredEntityTableProps {
  scorecard: Pick<TScorecard, "slug" | "name" | "entityKind" | "ladder">;
  params: TTableParams;
  /** Writes changes to the URL; filters and sorting start again at the first page. */
  onChange: (changes: Record<string, string | undefined>) => void;
}

/** Every entity the scorecard scores: sortable, filterable by team, bounded context and text, paged. */
export function ScoredEntityTable({ scorecard, params, onChange }: TScoredEntityTableProps) {
  const trpc = useTRPC();
  const teams = useAllReferenceOptions("team");
  const contexts = useAllReferenceOptions("bounded-context");
  const result = useQuery({ ...trpc.scorecard.entities.queryOptions({ scorecardId: scorecard.slug, ...params }), placeholderData: keepPreviousData });
  const teamNames = new Map(teams.options.map((team) => [team.value, team.label]));
  const page = result.data;
  const filtered = Boolean(params.team || params.boundedContext || params.q);

  return (
    <div className="scored-entities">
      <FilterBar
        noun="scored entities"
        text={params.q ?? ""}
        onTextChange={(q) => onChange({ q: q || undefined, offset: undefined })}
        filters={[
          { name: "team", label: "Team", options: teams.options, anyLabel: "All teams" },
          { name: "boundedContext", label: "Bounded context", options: contexts.options, anyLabel: "All bounded contexts" },
        ]}
        values={{ team: params.team ?? "", boundedContext: params.boundedContext ?? "" }}
        onFilterChange={(name, value) => onChange({ [name]: value || undefined, offset: undefined })}
        onClear={() => onChange({ q: undefined, team: undefined, boundedContext: undefined, offset: undefined })}
      />
      {result.isError && !page ? (
        <div className="list-card__message">
          <ErrorBanner title="Could not load the scored entities." onRetry={() => void result.refetch()}>
            {errorMessage(result.error)}
          </ErrorBanner>
        </div>
      ) : !page ? (
        <Loading label="Loading scored entities…" />
      ) : page.items.length === 0 ? (
        filtered ? <EmptyState title="No scored entity matches these filters.">Try fewer filters or a shorter search text.</EmptyState> : <EmptyState title="The scorecard scores no entity yet." />
      ) : (
        <>
          <div className="data-table__scroll">
            <table className={result.isPlaceholderData ? "data-table data-table--stale" : "data-table"} aria-busy={result.isPlaceholderData || undefined}>
              <caption className="visually-hidden">Entities scored by {scorecard.name}</caption>
              <thead>
                <tr>
                  {SORT_COLUMNS.map((column) => {
                    const active = params.sort === column.sort;
                    return (
                      <th key={column.sort} scope="col" aria-sort={active ? (params.direction === "asc" ? "ascending" : "descending") : undefined}>
                        <button type="button" className="scored-entities__sort" onClick={() => {
                            const next = nextSort(params, column.sort);
                            onChange({ sort: next.sort, dir: next.direction, offset: undefined });
                          }}>
                          {column.header}
                          <span aria-hidden="true" className={active ? "scored-entities__arrow scored-entities__arrow--active" : "scored-entities__arrow"}>
                            {active ? (params.direction === "asc" ? "▲" : "▼") : "↕"}
                          </span>
                        </button>
                      </th>
                    );
                  })}
                  <th scope="col">Unknown</th>
                  <th scope="col">Teams</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((row) => (
                  <tr key={row.slug}>
                    <td>
                      <Link to={paths.detail(row.kind, row.slug)} className="data-table__primary">
                        {row.name}
                      </Link>
                      {row.name !== row.slug ? <span className="data-table__secondary">{row.slug}</span> : null}
                    </td>
                    <td className="data-table__nowrap">
                      <LevelBadge ladder={page.ladder} levelIndex={row.levelIndex} size="small" />
                    </td>
                    <td className="data-table__nowrap scored-entities__number">{row.score}%</td>
                    <td className="data-table__nowrap scored-entities__number">{row.statuses.filter((status) => status === "fail").length}</td>
                    <td className="data-table__nowrap scored-entities__number">{row.statuses.filter((status) => status === "unknown").length}</td>
                    <td>
                      {row.teamSlugs.length === 0 ? (
                        <span className="subtle">—</span>
                      ) : (
                        <ul className="inline-list">
                          {row.teamSlugs.map((team) => (
                            <li key={team}>
                              <Link to={paths.detail("team", team)}>{teamNames.get(team) ?? team}</Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            from={params.offset + 1}
            count={page.items.length}
            total={page.total}
            hasPrevious={params.offset > 0}
            hasNext={params.offset + page.items.length < page.total && !result.isPlaceholderData}
            onPrevious={() => onChange({ offset: params.offset > params.limit ? String(params.offset - params.limit) : undefined })}
            onNext={() => onChange({ offset: String(params.offset + params.limit) })}
            pageSize={params.limit}
            pageSizes={TABLE_PAGE_SIZES}
            onPageSizeChange={(size) => onChange({ limit: String(size), offset: undefined })}
          />
        </>
      )}
    </div>
  );
}
