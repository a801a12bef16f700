import { useQuery } from "@tanstack/react-query";
import { SCORED_KIND_LABELS } from "@topograph/domain";
import { useRef } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { errorMessage, isNotFound } from "../../../lib/api-error.ts";
import { labelOf } from "../../../lib/labels.ts";
import { paths } from "../../../lib/paths.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { withSearchParamChanges } from "../../../lib/use-search-param-changes.ts";
import { Badge } from "../../../ui/Badge.tsx";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { Loading } from "../../../ui/Loading.tsx";
import { PageHeader } from "../../../ui/PageHeader.tsx";
import { Section } from "../../../ui/Section.tsx";
import { EntityAuditTrail } from "../../audit/EntityAuditTrail.tsx";
import { Breadcrumb } from "../shared/Breadcrumb.tsx";
import { DistributionBar, DistributionLegend } from "../shared/DistributionBar.tsx";
import { ExportYamlButton } from "../shared/ExportYamlButton.tsx";
import { ScorecardNotFound } from "../shared/ScorecardNotFound.tsx";
import type { TScorecard } from "../shared/scorecard-types.ts";
import { TrendChart } from "../shared/TrendChart.tsx";
import { DeleteScorecardButton } from "./DeleteScorecardButton.tsx";
import { HeatMap } from "./HeatMap.tsx";
import { RuleList } from "./RuleList.tsx";
import { ScoredEntityTable } from "./ScoredEntityTable.tsx";
import { readHeatMapGroup, readTableParams, type THeatMapGroup } from "./table-params.ts";
import "./ScorecardPage.css";

/** One scorecard: how its entities are doing, where (heat map), over time, entity by entity, and its rules. */
export function ScorecardPage() {
  const { slug = "" } = useParams();
  const trpc = useTRPC();
  const scorecard = useQuery(trpc.scorecard.get.queryOptions({ scorecardId: slug }));
  useDocumentTitle(scorecard.data?.name ?? "Scorecard");

  if (scorecard.isError && !scorecard.data) {
    if (isNotFound(scorecard.error)) return <ScorecardNotFound slug={slug} />;
    return (
      <ErrorBanner title="Could not load the scorecard." onRetry={() => void scorecard.refetch()}>
        {errorMessage(scorecard.error)}
      </ErrorBanner>
    );
  }
  if (!scorecard.data) return <Loading label={`Loading scorecard “${slug}”…`} />;
  return <ScorecardView scorecard={scorecard.data} />;
}

function ScorecardView({ scorecard }: { scorecard: TScorecard }) {
  const trpc = useTRPC();
  const [searchParams, setSearchParams] = useSearchParams();
  const tableRef = useRef<HTMLDivElement>(null);
  const history = useQuery(trpc.scorecard.history.queryOptions({ scorecardId: scorecard.slug }));
  const tableParams = readTableParams(searchParams);
  const groupBy = readHeatMapGroup(searchParams);

  // The heat map, filters, sorting and paging all live in the query string; none of them scrolls the page.
  const update = (changes: Record<string, string | undefined>) => {
    setSearchParams(withSearchParamChanges(searchParams, changes), { replace: false, preventScrollReset: true });
  };
  const tableLink = (group: THeatMapGroup, key: string) => paths.scorecard(scorecard.slug, group === "team" ? { team: key } : { groupBy: "boundedContext", boundedContext: key });
  const { distribution } = scorecard;

  return (
    <>
      <Breadcrumb trail={[{ to: paths.scorecards, label: "Scorecards" }]} current={scorecard.name} />
      <PageHeader
        eyebrow={`Scorecard · ${labelOf(SCORED_KIND_LABELS, scorecard.entityKind)}`}
        title={scorecard.name}
        meta={
          <>
            <Badge tone="accent">Scores {labelOf(SCORED_KIND_LABELS, scorecard.entityKind).toLowerCase()}s</Badge>
            {scorecard.builtIn ? <Badge tone="violet">Built-in</Badge> : null}
            <span>
              Owner:{" "}
              {scorecard.ownerTeam ? <Link to={paths.detail("team", scorecard.ownerTeam.slug)}>{scorecard.ownerTeam.name}</Link> : <span className="subtle">no owner team</span>}
            </span>
            <span>{scorecard.ruleCount === 1 ? "1 rule" : `${scorecard.ruleCount} rules`}</span>
          </>
        }
        description={scorecard.description || undefined}
        actions={
          <>
            <Link to={paths.scorecardEdit(scorecard.slug)} className="button button--primary">
              Edit
            </Link>
            <ExportYamlButton scorecardIds={[scorecard.slug]} label="Export YAML" />
            <DeleteScorecardButton slug={scorecard.slug} name={scorecard.name} version={scorecard.version} builtIn={scorecard.builtIn} />
          </>
        }
      />
      <div className="stack scorecard-page">
        <div className="scorecard-page__overview">
          <Section title="Levels">
            <div className="scorecard-page__levels">
              <p className="scorecard-page__big">
                <strong>{distribution.total === 0 ? "—" : `${distribution.averageScore}%`}</strong>
                <span className="subtle">average score over {distribution.total === 1 ? "1 entity" : `${distribution.total} entities`}</span>
              </p>
              <DistributionBar distribution={distribution} label={`${scorecard.name} levels`} />
              <DistributionLegend distribution={distribution} />
            </div>
          </Section>
          <Section title="Over time">
            {history.isError && !history.data ? (
              <ErrorBanner title="Could not load the history." onRetry={() => void history.refetch()}>
                {errorMessage(history.error)}
              </ErrorBanner>
            ) : !history.data ? (
              <Loading label="Loading the history…" />
            ) : (
              <TrendChart
                variant="distribution"
                ladder={history.data.ladder}
                points={history.data.scope === "entity" ? [] : history.data.points}
                label={`${scorecard.name} levels over time`}
                empty="No history recorded yet: a point is recorded whenever the catalog or a checklist changes."
              />
            )}
          </Section>
        </div>
        <HeatMap
          slug={scorecard.slug}
          groupBy={groupBy}
          onGroupByChange={(group) => update({ groupBy: group === "team" ? undefined : group })}
          tableLink={tableLink}
          onShowEntities={() => requestAnimationFrame(() => tableRef.current?.scrollIntoView({ behavior: "smooth", block: "start" }))}
        />
        <div ref={tableRef} className="scorecard-page__table">
          <Section title="Scored entities" flush>
            <ScoredEntityTable scorecard={scorecard} params={tableParams} onChange={update} />
          </Section>
        </div>
        <Section title="Rules" count={scorecard.definition.rules.length}>
          {scorecard.definition.rules.length === 0 ? (
            <p className="subtle">
              No rules yet. <Link to={paths.scorecardEdit(scorecard.slug)}>Add the first rule</Link>.
            </p>
          ) : (
            <RuleList scorecard={scorecard} />
          )}
        </Section>
        <EntityAuditTrail kind="scorecard" slug={scorecard.slug} />
      </div>
    </>
  );
}
