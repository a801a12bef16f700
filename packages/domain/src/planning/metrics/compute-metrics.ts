import { contextTeams } from "./context-teams.ts";
import { conwayAlignment } from "./conway-alignment.ts";
import { coordinationFit } from "./coordination-fit.ts";
import { crossTeamDependencies } from "./cross-team-dependencies.ts";
import { domainHeuristics } from "./domain-heuristics.ts";
import type { TMetric, TMetricDefinition, TMetricInput, TMetricValue } from "./metric.ts";
import { ownershipCoverage } from "./ownership-coverage.ts";
import { ownershipFriction } from "./ownership-friction.ts";
import { relationshipFit } from "./relationship-fit.ts";
import { scorecardRollup } from "./scorecard-rollup.ts";
import { teamLoad } from "./team-load.ts";
import { teamShape } from "./team-shape.ts";

/** The planner's metrics, in the order the issue numbers them. */
export const METRICS: readonly TMetric[] = [teamLoad, domainHeuristics, contextTeams, ownershipCoverage, crossTeamDependencies, conwayAlignment, coordinationFit, relationshipFit, ownershipFriction, teamShape, scorecardRollup];
export const METRIC_DEFINITIONS: readonly TMetricDefinition[] = METRICS.map((m) => m.definition);

export function computeMetrics(input: TMetricInput): TMetricValue[] {
  return METRICS.map((metric) => metric.compute(input));
}
