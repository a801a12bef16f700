import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { errorMessage } from "../../../lib/api-error.ts";
import { paths } from "../../../lib/paths.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { Badge } from "../../../ui/Badge.tsx";
import { DataTable, type TColumn } from "../../../ui/DataTable.tsx";
import { EmptyState } from "../../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { Loading } from "../../../ui/Loading.tsx";
import { PageHeader } from "../../../ui/PageHeader.tsx";
import { ScorecardsTabs } from "../shared/ScorecardsTabs.tsx";
import type { TInitiativeSummary } from "../shared/scorecard-types.ts";
import { formatTargetDate, isPastDate } from "./target-date.ts";
import { InitiativeProgressBar } from "./InitiativeProgressBar.tsx";
import "./Initiatives.css";

/** Where the initiative stands now: the list carries each one's status and overdue flag. */
function ProgressCell({ initiative }: { initiative: TInitiativeSummary }) {
  const { status } = initiative;
  return (
    <div className="initiative-list__progress">
      <InitiativeProgressBar percent={status.percent} label={`${initiative.name} progress`} size="small" />
      <span>
        <strong>{status.percent}%</strong> <span className="subtle">({status.done} of {status.inScope})</span>
      </span>
      {initiative.closed ? (
        <Badge title={`Closed at ${initiative.closed.percent}% (${initiative.closed.done} of ${initiative.closed.inScope})`}>Closed</Badge>
      ) : initiative.overdue ? (
        <Badge tone="danger">Overdue</Badge>
      ) : null}
    </div>
  );
}

const COLUMNS: TColumn<TInitiativeSummary>[] = [
  {
    key: "name",
    header: "Initiative",
    cell: (initiative) => (
      <>
        <Link to={paths.initiative(initiative.slug)} className="data-table__primary">
          {initiative.name}
        </Link>
        {initiative.ownerTeam ? <span className="data-table__secondary">Owner: {initiative.ownerTeam.name}</span> : null}
      </>
    ),
  },
  { key: "scorecard", header: "Scorecard", cell: (initiative) => <Link to={paths.scorecard(initiative.scorecard.slug)}>{initiative.scorecard.name}</Link> },
  { key: "level", header: "Target level", nowrap: true, cell: (initiative) => initiative.targetLevel },
  {
    key: "date",
    header: "Target date",
    nowrap: true,
    cell: (initiative) => <span className={isPastDate(initiative.targetDate) ? "initiative-list__past" : undefined}>{formatTargetDate(initiative.targetDate)}</span>,
  },
  { key: "progress", header: "Progress", cell: (initiative) => <ProgressCell initiative={initiative} /> },
];

/** Every initiative, soonest target first, with how far each has come. */
export function InitiativeListPage() {
  const trpc = useTRPC();
  const list = useQuery(trpc.initiative.list.queryOptions());
  useDocumentTitle("Initiatives");
  return (
    <>
      <PageHeader
        title="Initiatives"
        description="Campaigns to lift entities to a scorecard level by a date, with who still has work to do."
        actions={
          <Link to={paths.initiativeNew} className="button button--primary">
            New initiative
          </Link>
        }
      />
      <ScorecardsTabs />
      <div className="list-card">
        {list.isError && !list.data ? (
          <div className="list-card__message">
            <ErrorBanner title="Could not load the initiatives." onRetry={() => void list.refetch()}>
              {errorMessage(list.error)}
            </ErrorBanner>
          </div>
        ) : !list.data ? (
          <Loading label="Loading initiatives…" />
        ) : list.data.length === 0 ? (
          <EmptyState
            title="No initiatives yet."
            action={
              <Link to={paths.initiativeNew} className="button">
                Start the first initiative
              </Link>
            }
          >
            An initiative sets a scorecard level for entities to reach by a date.
          </EmptyState>
        ) : (
          <DataTable caption="Initiatives" columns={COLUMNS} rows={list.data} rowKey={(initiative) => initiative.id} />
        )}
      </div>
    </>
  );
}
