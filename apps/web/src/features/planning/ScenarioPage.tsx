import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { Link, useParams } from "react-router";
import { errorMessage, isNotFound } from "../../lib/api-error.ts";
import { formatDateTime } from "../../lib/format-date.ts";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeader } from "../../ui/PageHeader.tsx";
import { Section } from "../../ui/Section.tsx";
import { useScrollToHash } from "../practices/shared/use-scroll-to-hash.ts";
import { Breadcrumb } from "../scorecards/shared/Breadcrumb.tsx";
import { ApplyButton } from "./ApplyButton.tsx";
import { ChangeForms } from "./ChangeForms.tsx";
import { ChangeList } from "./ChangeList.tsx";
import { ConflictsBanner } from "./ConflictsBanner.tsx";
import { DeleteScenarioButton } from "./DeleteScenarioButton.tsx";
import { DiffList } from "./DiffList.tsx";
import { ExportMarkdownButton } from "./ExportMarkdownButton.tsx";
import { MetricsTable } from "./MetricsTable.tsx";
import type { TScenarioView } from "./planning-types.ts";
import { ScenarioMaps } from "./ScenarioMaps.tsx";
import { ScenarioStatusBadge } from "./ScenarioStatusBadge.tsx";
import { TeamCards } from "./TeamCards.tsx";
import "./Planning.css";

/** `/planning/:id`: one scenario, from its maps and changes to its metrics, team cards and apply. */
export function ScenarioPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.scenario.get.queryOptions({ scenarioId: id }));
  useDocumentTitle(result.data ? `${result.data.scenario.name} (scenario)` : "Scenario");
  useScrollToHash(Boolean(result.data));

  if (result.isError && !result.data) {
    return isNotFound(result.error) ? (
      <EmptyState
        title="No such scenario."
        action={
          <Link to={paths.planning} className="button">
            All scenarios
          </Link>
        }
      >
        It may have been deleted.
      </EmptyState>
    ) : (
      <ErrorBanner title="Could not load the scenario." onRetry={() => void result.refetch()}>
        {errorMessage(result.error)}
      </ErrorBanner>
    );
  }
  if (!result.data) return <Loading label="Loading the scenario…" />;
  return <Scenario view={result.data} />;
}

function Scenario({ view }: { view: TScenarioView }) {
  const trpc = useTRPC();
  const { scenario, changes, maps, cards, options } = view;
  const draft = scenario.status === "draft";
  // Once applied, the scenario is history: today's catalog already holds it, so there is nothing to measure against.
  const metrics = useQuery(trpc.scenario.metrics.queryOptions({ scenarioId: scenario.id }, { enabled: draft }));
  const names = useMemo(() => new Map([...cards.baseline, ...cards.scenario].map((card) => [card.slug, card.name])), [cards]);
  const teamName = useCallback((slug: string) => names.get(slug) ?? slug, [names]);

  return (
    <div className="scenario-page">
      <Breadcrumb trail={[{ to: paths.planning, label: "Planning" }]} current={scenario.name} />
      <PageHeader
        eyebrow="Scenario"
        title={scenario.name}
        meta={
          <>
            <ScenarioStatusBadge status={scenario.status} />
            <span>{changes.length === 1 ? "1 change" : `${changes.length} changes`}</span>
            <span>{scenario.appliedAt ? `Applied ${formatDateTime(scenario.appliedAt)}` : `Updated ${formatDateTime(scenario.updatedAt)}`}</span>
          </>
        }
        description={scenario.description || null}
        actions={
          <>
            <Link to={paths.compareScenarios({ right: scenario.id })} className="button">
              Compare…
            </Link>
            <ExportMarkdownButton scenarioId={scenario.id} />
            {draft ? (
              <>
                <DeleteScenarioButton scenarioId={scenario.id} name={scenario.name} />
                <ApplyButton scenarioId={scenario.id} name={scenario.name} version={scenario.version} changes={changes} />
              </>
            ) : null}
          </>
        }
      />
      {draft ? <ConflictsBanner changes={changes} /> : null}
      {!draft ? (
        <p className="scenario-page__applied">
          Applied to the catalog{scenario.appliedAt ? ` on ${formatDateTime(scenario.appliedAt)}` : ""}. Its changes are listed as they were drafted, with what the apply wrote.
        </p>
      ) : null}

      <Section title="Organisation maps">
        <ScenarioMaps scenarioId={scenario.id} maps={maps} editable={draft} />
      </Section>

      <div className={draft ? "scenario-page__work" : undefined}>
        <Section title="Changes" count={changes.length}>
          <ChangeList scenarioId={scenario.id} changes={changes} editable={draft} />
        </Section>
        {draft ? (
          <Section title="Make a change">
            <ChangeForms scenarioId={scenario.id} options={options} />
          </Section>
        ) : null}
      </div>

      {draft ? (
        <Section title="Metrics" flush>
          {metrics.data ? (
            <MetricsTable deltas={metrics.data.deltas} baselineLabel="Today" scenarioLabel="Scenario" />
          ) : metrics.isError ? (
            <ErrorBanner title="Could not compute the metrics." onRetry={() => void metrics.refetch()}>
              {errorMessage(metrics.error)}
            </ErrorBanner>
          ) : (
            <Loading label="Computing the metrics…" />
          )}
        </Section>
      ) : null}

      {draft ? (
        <Section title="Teams" count={cards.scenario.length}>
          <TeamCards baseline={cards.baseline} scenario={cards.scenario} />
        </Section>
      ) : null}

      <Section title={draft ? "What applying would change" : "What the apply changed"}>
        <DiffList diff={view.diff} teamName={teamName} empty={draft ? "Nothing yet: the scenario matches today's catalog." : "Nothing was recorded."} />
      </Section>
    </div>
  );
}
