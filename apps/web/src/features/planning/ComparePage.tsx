import { useQuery } from "@tanstack/react-query";
import { useCallback, useId, useMemo } from "react";
import { Link, useSearchParams } from "react-router";
import { errorMessage } from "../../lib/api-error.ts";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeader } from "../../ui/PageHeader.tsx";
import { Section } from "../../ui/Section.tsx";
import { useAllReferenceOptions } from "../catalog/reference-options.ts";
import { Breadcrumb } from "../scorecards/shared/Breadcrumb.tsx";
import { DiffList } from "./DiffList.tsx";
import { MetricsTable } from "./MetricsTable.tsx";
import type { TScenarioSummary } from "./planning-types.ts";
import "./Planning.css";

const TODAY = "";

/** One side's picker: a scenario, or (on the left) today's catalog. */
function SidePicker({ label, value, scenarios, withToday, onChange }: { label: string; value: string; scenarios: TScenarioSummary[]; withToday: boolean; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <select id={id} className="select" value={value} onChange={(event) => onChange(event.target.value)}>
        {withToday ? <option value={TODAY}>Today (the live catalog)</option> : <option value="">Choose a scenario</option>}
        {scenarios.map((scenario) => (
          <option key={scenario.id} value={scenario.id}>
            {scenario.name}
            {scenario.status === "applied" ? " (applied)" : ""}
          </option>
        ))}
      </select>
    </div>
  );
}

/** `/planning/compare?left=&right=`: two scenarios (or one against today) side by side: metric deltas and what differs. */
export function ComparePage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const left = params.get("left") ?? TODAY;
  const right = params.get("right") ?? "";
  const scenarios = useQuery(trpc.scenario.list.queryOptions());
  const compare = useQuery(trpc.scenario.compare.queryOptions({ ...(left ? { left } : {}), right }, { enabled: Boolean(right) }));
  const teams = useAllReferenceOptions("team").options;
  useDocumentTitle("Compare scenarios");

  const choose = useCallback(
    (side: "left" | "right", value: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(side, value);
          else next.delete(side);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const teamName = useMemo(() => {
    const names = new Map(teams.map((team) => [team.value, team.label]));
    for (const team of compare.data?.diff.teamsAdded ?? []) names.set(team.slug, team.name);
    return (slug: string) => names.get(slug) ?? slug;
  }, [teams, compare.data]);

  let body;
  if (!right) body = <EmptyState title="Choose a scenario to compare.">Pick one on the right; leave the left on today to see what it changes, or pick another scenario.</EmptyState>;
  else if (compare.isError) body = <ErrorBanner title="Could not compare the scenarios." onRetry={() => void compare.refetch()}>{errorMessage(compare.error)}</ErrorBanner>;
  else if (!compare.data) body = <Loading label="Comparing…" />;
  else
    body = (
      <>
        <Section title="Metrics" flush>
          <MetricsTable deltas={compare.data.deltas} baselineLabel={compare.data.left.name} scenarioLabel={compare.data.right.name} />
        </Section>
        <Section title={`What changes from ${compare.data.left.name} to ${compare.data.right.name}`}>
          <DiffList diff={compare.data.diff} teamName={teamName} empty="The two catalogs are the same." />
        </Section>
      </>
    );

  return (
    <div className="compare-page">
      <Breadcrumb trail={[{ to: paths.planning, label: "Planning" }]} current="Compare" />
      <PageHeader
        title="Compare scenarios"
        description="Metrics of the right side against the left, and every difference between the two catalogs."
        actions={
          right ? (
            <Link to={paths.scenario(right)} className="button">
              Open {compare.data?.right.name ?? "the scenario"}
            </Link>
          ) : null
        }
      />
      <div className="compare-page__sides">
        <SidePicker label="Left (baseline)" value={left} scenarios={scenarios.data ?? []} withToday onChange={(value) => choose("left", value)} />
        <span className="compare-page__against" aria-hidden="true">
          against
        </span>
        <SidePicker label="Right (compared)" value={right} scenarios={scenarios.data ?? []} withToday={false} onChange={(value) => choose("right", value)} />
      </div>
      {body}
    </div>
  );
}
