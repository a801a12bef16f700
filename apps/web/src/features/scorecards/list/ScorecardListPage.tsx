import { useQuery } from "@tanstack/react-query";
import { SCORED_KIND_LABELS } from "@topograph/domain";
import { Link } from "react-router";
import { errorMessage } from "../../../lib/api-error.ts";
import { labelOf } from "../../../lib/labels.ts";
import { paths } from "../../../lib/paths.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { Badge } from "../../../ui/Badge.tsx";
import { DataTable, type TColumn } from "../../../ui/DataTable.tsx";
import { EmptyState } from "../../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { Loading } from "../../../ui/Loading.tsx";
import { PageHeader } from "../../../ui/PageHeader.tsx";
import { DistributionBar } from "../shared/DistributionBar.tsx";
import { ExportYamlButton } from "../shared/ExportYamlButton.tsx";
import type { TScorecardSummary } from "../shared/scorecard-types.ts";
import { ScorecardsTabs } from "../shared/ScorecardsTabs.tsx";
import "./ScorecardListPage.css";

const COLUMNS: TColumn<TScorecardSummary>[] = [
  {
    key: "name",
    header: "Scorecard",
    cell: (scorecard) => (
      <>
        <Link to={paths.scorecard(scorecard.slug)} className="data-table__primary">
          {scorecard.name}
        </Link>{" "}
        {scorecard.builtIn ? (
          <Badge tone="violet" title="Installed with Topograph from the practice catalogue; you may edit or delete it.">
            Built-in
          </Badge>
        ) : null}
        {scorecard.description ? <span className="data-table__secondary scorecard-list__description">{scorecard.description}</span> : null}
      </>
    ),
  },
  { key: "kind", header: "Scores", nowrap: true, cell: (scorecard) => <Badge tone="accent">{labelOf(SCORED_KIND_LABELS, scorecard.entityKind)}</Badge> },
  {
    key: "owner",
    header: "Owner",
    cell: (scorecard) => (scorecard.ownerTeam ? <Link to={paths.detail("team", scorecard.ownerTeam.slug)}>{scorecard.ownerTeam.name}</Link> : <span className="subtle">—</span>),
  },
  { key: "rules", header: "Rules", nowrap: true, cell: (scorecard) => scorecard.ruleCount },
  {
    key: "levels",
    header: "Levels",
    cell: (scorecard) => (
      <div className="scorecard-list__levels">
        <DistributionBar distribution={scorecard.distribution} label={`${scorecard.name} levels`} size="small" />
        <span className="subtle">{scorecard.distribution.total} scored</span>
      </div>
    ),
  },
  { key: "score", header: "Average score", nowrap: true, cell: (scorecard) => (scorecard.distribution.total === 0 ? <span className="subtle">—</span> : `${scorecard.distribution.averageScore}%`) },
];

/** Every scorecard with how the entities it scores are doing, and the ways to add more. */
export function ScorecardListPage() {
  const trpc = useTRPC();
  const list = useQuery(trpc.scorecard.list.queryOptions());
  useDocumentTitle("Scorecards");

  return (
    <>
      <PageHeader
        title="Scorecards"
        description="Levels of maturity per component, team, bounded context or namespace, judged by rules over the catalog, the checklists and scanned evidence."
        actions={
          <>
            <Link to={paths.scorecardNew} className="button button--primary">
              New scorecard
            </Link>
            <Link to={paths.scorecardImport} className="button">
              Import YAML
            </Link>
            <ExportYamlButton label="Export all" />
          </>
        }
      />
      <ScorecardsTabs />
      <div className="list-card">
        {list.isError && !list.data ? (
          <div className="list-card__message">
            <ErrorBanner title="Could not load the scorecards." onRetry={() => void list.refetch()}>
              {errorMessage(list.error)}
            </ErrorBanner>
          </div>
        ) : !list.data ? (
          <Loading label="Loading scorecards…" />
        ) : list.data.length === 0 ? (
          <EmptyState
            title="No scorecards yet."
            action={
              <Link to={paths.scorecardNew} className="button">
                Create the first scorecard
              </Link>
            }
          >
            Write one in the editor, or import a YAML file of scorecards.
          </EmptyState>
        ) : (
          <DataTable caption="Scorecards" columns={COLUMNS} rows={list.data} rowKey={(scorecard) => scorecard.slug} />
        )}
      </div>
    </>
  );
}
