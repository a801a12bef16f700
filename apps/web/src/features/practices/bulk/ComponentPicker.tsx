import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { COMPONENT_KIND_LABELS, COMPONENT_KINDS } from "@topograph/domain";
import { useEffect, useId, useRef } from "react";
import type { TListItem } from "../../../lib/api-types.ts";
import { errorMessage } from "../../../lib/api-error.ts";
import { optionsOf } from "../../../lib/labels.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { DataTable, type TColumn } from "../../../ui/DataTable.tsx";
import { EmptyState } from "../../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { FilterBar } from "../../../ui/FilterBar.tsx";
import { Loading } from "../../../ui/Loading.tsx";
import { EntityLink } from "../../catalog/EntityLink.tsx";
import { useAllReferenceOptions } from "../../catalog/reference-options.ts";
import { ListPagination } from "../../catalog/ListPagination.tsx";
import { useListParams } from "../../catalog/use-list-params.ts";
import { vocabularyFilter } from "../../catalog/vocabulary-filter.ts";
import { VocabularyBadge } from "../../catalog/VocabularyBadge.tsx";
import { TeamLinks } from "../../catalog/TeamLinks.tsx";
import { isAsked, pageSelection, type TSelectedComponent, toggleOne, togglePage } from "./bulk-selection.ts";
import "./ComponentPicker.css";

type TComponentRow = TListItem<"component">;

const FILTER_NAMES = ["teamSlug", "kind"] as const;

interface TComponentPickerProps {
  /** The chosen practice, to tell which components it is asked of. */
  item: { scope: string; appliesTo: readonly string[] | "all" } | undefined;
  selected: TSelectedComponent[];
  onChange: (selected: TSelectedComponent[]) => void;
}

/** The component list with its filters (team, kind, text) and a checkbox per row, a page at a time. */
export function ComponentPicker({ item, selected, onChange }: TComponentPickerProps) {
  const trpc = useTRPC();
  const teams = useAllReferenceOptions("team");
  const list = useListParams(FILTER_NAMES);
  const { params, refine } = list;
  const result = useQuery({
    ...trpc.component.list.queryOptions({
      limit: params.limit,
      ...(params.cursor ? { cursor: params.cursor } : {}),
      ...(params.q ? { q: params.q } : {}),
      teamSlug: params.filters.teamSlug,
      kind: vocabularyFilter(COMPONENT_KINDS, params.filters.kind),
    }),
    placeholderData: keepPreviousData,
  });
  const page = result.data;
  const rows = page?.items ?? [];
  const chosen = new Set(selected.map((component) => component.slug));
  const onPage = pageSelection(selected, rows, item);
  const allId = useId();
  const allRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = onPage === "some";
  }, [onPage]);
  const selectable = rows.filter((row) => isAsked(item, row.kind)).length;

  const columns: TColumn<TComponentRow>[] = [
    {
      key: "select",
      header: "Select",
      cell: (row) => {
        const asked = isAsked(item, row.kind);
        return (
          <input
            type="checkbox"
            className="component-picker__check"
            checked={chosen.has(row.slug)}
            disabled={!asked && !chosen.has(row.slug)}
            aria-label={`Select ${row.name}`}
            onChange={() => onChange(toggleOne(selected, row))}
          />
        );
      },
    },
    {
      key: "name",
      header: "Component",
      cell: (row) => (
        <>
          <EntityLink kind="component" slug={row.slug}>
            <span className="data-table__primary">{row.name}</span>
          </EntityLink>
          {isAsked(item, row.kind) ? null : <span className="data-table__secondary">Not asked of this kind of component</span>}
        </>
      ),
    },
    { key: "kind", header: "Kind", nowrap: true, cell: (row) => <VocabularyBadge vocabulary="componentKind" value={row.kind} /> },
    { key: "owners", header: "Owners", cell: (row) => <TeamLinks teams={row.owners} /> },
  ];

  return (
    // Enter in the filter's text box filters; it must not submit the surrounding bulk form.
    <div
      className="component-picker"
      onKeyDown={(event) => {
        if (event.key === "Enter" && event.target instanceof HTMLInputElement && event.target.type !== "checkbox") event.preventDefault();
      }}
    >
      <FilterBar
        noun="components"
        text={params.q}
        onTextChange={(q) => refine({ q }, { replace: true })}
        filters={[
          { name: "teamSlug", label: "Owner team", anyLabel: "All teams", options: teams.options },
          { name: "kind", label: "Kind", anyLabel: "All kinds", options: optionsOf(COMPONENT_KIND_LABELS) },
        ]}
        values={params.filters}
        onFilterChange={(name, value) => refine({ [name]: value })}
        onClear={() => refine({ q: undefined, teamSlug: undefined, kind: undefined })}
      />
      {result.isError && !page ? (
        <div className="component-picker__message">
          <ErrorBanner
            title="Could not load the components."
            onRetry={() => void result.refetch()}
          >
            {errorMessage(result.error)}
          </ErrorBanner>
        </div>
      ) : !page ? (
        <Loading label="Loading components…" />
      ) : rows.length === 0 ? (
        <EmptyState title="No component matches these filters.">Try another team or kind, or a shorter search text.</EmptyState>
      ) : (
        <>
          <div className="component-picker__all">
            <input id={allId} ref={allRef} type="checkbox" checked={onPage === "all"} disabled={selectable === 0} onChange={() => onChange(togglePage(selected, rows, item))} />
            <label htmlFor={allId}>
              Select all {selectable} on this page{selectable < rows.length ? ` (${rows.length - selectable} not asked this practice)` : ""}
            </label>
          </div>
          <DataTable caption="Components to answer for" columns={columns} rows={rows} rowKey={(row) => row.id} stale={result.isPlaceholderData} />
          <ListPagination list={list} page={page} stale={result.isPlaceholderData} />
        </>
      )}
    </div>
  );
}
