import { nodeId } from "../graph/graph.ts";
import { diffCatalogs, type TCatalogDiff } from "./catalog-diff.ts";
import { describeOperation } from "./describe-operation.ts";
import { computeMetrics } from "./metrics/compute-metrics.ts";
import type { TComponentScores } from "./metrics/metric.ts";
import { metricDeltas, type TMetricDelta } from "./metrics/metric-delta.ts";
import { teamCards, type TTeamCard } from "./metrics/team-cards.ts";
import type { TPlanningCatalog } from "./planning-catalog.ts";
import { replayScenario, type TReplayStep, type TScenarioChange } from "./replay.ts";
import { buildTeamMap } from "./team-map.ts";

export interface TScenarioChangeView {
  id: string;
  summary: string;
  operation: TScenarioChange["operation"];
  step: TReplayStep;
}

export interface TScenarioPlan {
  /** The scenario's catalog: what its maps, cards and forms show. */
  catalog: TPlanningCatalog;
  changes: TScenarioChangeView[];
  diff: TCatalogDiff;
  deltas: TMetricDelta[];
  cards: { baseline: TTeamCard[]; scenario: TTeamCard[] };
}

/** Names teams as today's catalog does, and teams a scenario creates by their new names: what change summaries read. */
export function namingCatalog(base: TPlanningCatalog, scenario: TPlanningCatalog): TPlanningCatalog {
  return { ...base, teams: [...base.teams, ...scenario.teams.filter((t) => !base.teams.some((b) => b.slug === t.slug))] };
}

/** Everything a scenario page and its export show, computed from today's catalog and the scenario's changes. */
export function planScenario(base: TPlanningCatalog, changes: readonly TScenarioChange[], scores: TComponentScores): TScenarioPlan {
  const replay = replayScenario(base, changes);
  const named = namingCatalog(base, replay.catalog);
  const changeViews = changes.map((change, i) => ({ id: change.id, summary: describeOperation(change.operation, named), operation: change.operation, step: replay.steps[i]! }));
  return {
    catalog: replay.catalog,
    changes: changeViews,
    diff: diffCatalogs(base, replay.catalog),
    deltas: metricDeltas(computeMetrics({ catalog: base, baseline: base, componentScores: scores }), computeMetrics({ catalog: replay.catalog, baseline: base, componentScores: scores })),
    cards: { baseline: teamCards(base, scores), scenario: teamCards(replay.catalog, scores) },
  };
}

/** Before/after organisation maps, the after map marking what the scenario moves. */
export function scenarioMaps(base: TPlanningCatalog, plan: TScenarioPlan) {
  const before = buildTeamMap(base);
  const after = buildTeamMap(plan.catalog, plan.diff);
  // The before map marks the same entities where they were, so both sides highlight the move.
  const changed = new Set(after.changed);
  for (const removed of plan.diff.teamsRemoved) changed.add(nodeId("team", removed.slug));
  for (const owners of [...plan.diff.repositoryOwners, ...plan.diff.solutionAreaTeams]) owners.from.forEach((team) => changed.add(nodeId("team", team)));
  return { before: { ...before, changed: before.nodes.filter((n) => changed.has(n.id)).map((n) => n.id) }, after };
}

/** Two drafts side by side on today's catalog: the metrics of the right against the left, and what differs between them. */
export function compareScenarios(base: TPlanningCatalog, left: readonly TScenarioChange[], right: readonly TScenarioChange[], scores: TComponentScores) {
  const leftCatalog = replayScenario(base, left).catalog;
  const rightCatalog = replayScenario(base, right).catalog;
  const measure = (catalog: TPlanningCatalog) => computeMetrics({ catalog, baseline: base, componentScores: scores });
  return { deltas: metricDeltas(measure(leftCatalog), measure(rightCatalog)), diff: diffCatalogs(leftCatalog, rightCatalog) };
}
