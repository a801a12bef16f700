import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { errorMessage } from "../../../lib/api-error.ts";
import { formatDateTime } from "../../../lib/format-date.ts";
import { paths } from "../../../lib/paths.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { DataTable, type TColumn } from "../../../ui/DataTable.tsx";
import { EmptyState } from "../../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { Loading } from "../../../ui/Loading.tsx";
import { Section } from "../../../ui/Section.tsx";
import { ListPagination } from "../../catalog/ListPagination.tsx";
import { useListParams } from "../../catalog/use-list-params.ts";
import { scopeFromRef, scopeKindLabel } from "../shared/scope.ts";
import type { TDecisionRecord } from "./decision-types.ts";
import "./DecisionRecordLog.css";

const NO_FILTERS: readonly string[] = [];

const columns: TColumn<TDecisionRecord>[] = [
  {
    key: "scope",
    header: "Scope",
    cell: (record) => {
      const scope = scopeFromRef(record.scope);
      return (
        <>
          <span className="data-table__primary">{scope ? <Link to={paths.checklist(scope, {})}>{record.scope.name}</Link> : record.scope.name}</span>
          <span className="data-table__secondary">{scopeKindLabel(record.scope.kind)}</span>
        </>
      );
    },
  },
  {
    key: "alternative",
    header: "Chose",
    cell: (record) => (
      <>
        <span className="data-table__primary">{record.alternativeTitle}</span>
        {record.warning ? (
          <span className="decision-log__warning" title={record.warning}>
            ⚠ Discouraged by the article
          </span>
        ) : null}
      </>
    ),
  },
  { key: "rationale", header: "Rationale", cell: (record) => (record.rationale ? <span className="decision-log__rationale">{record.rationale}</span> : <span className="subtle">No rationale given</span>) },
  {
    key: "decided",
    header: "Decided",
    nowrap: true,
    cell: (record) => (
      <>
        <span>{record.decidedBy}</span>
        <span className="data-table__secondary">
          <time dateTime={String(record.decidedAt)}>{formatDateTime(record.decidedAt)}</time> · v{record.version}
        </span>
      </>
    ),
  },
];

/** The architecture decision record log of one decision point: which scope chose what, newest first. */
export function DecisionRecordLog({ decisionPointId }: { decisionPointId: string }) {
  const trpc = useTRPC();
  const list = useListParams(NO_FILTERS);
  const { params } = list;
  const result = useQuery({
    ...trpc.decision.list.queryOptions({ decisionPointId, limit: params.limit, ...(params.cursor ? { cursor: params.cursor } : {}) }),
    placeholderData: keepPreviousData,
  });
  const page = result.data;

  return (
    <Section title="Decision records" count={page?.total} flush>
      {result.isError && !page ? (
        <div className="decision-log__message">
          <ErrorBanner
            title="Could not load the decision records."
            onRetry={() => void result.refetch()}
          >
            {errorMessage(result.error)}
          </ErrorBanner>
        </div>
      ) : !page ? (
        <Loading label="Loading the decision records…" />
      ) : page.items.length === 0 ? (
        <EmptyState title="No scope has recorded a decision yet.">
          Record one from the <Link to={`${paths.checklist({ kind: "organisation" })}#decisions`}>organisation checklist</Link> or any team, bounded context, component or
          namespace checklist.
        </EmptyState>
      ) : (
        <>
          <DataTable caption="Decision records" columns={columns} rows={page.items} rowKey={(record) => record.id} stale={result.isPlaceholderData} />
          <ListPagination list={list} page={page} stale={result.isPlaceholderData} />
        </>
      )}
    </Section>
  );
}
