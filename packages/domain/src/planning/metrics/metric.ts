import type { TPlanningCatalog } from "../planning-catalog.ts";

export const METRIC_IDS = [
  "team-load",
  "domain-heuristics",
  "context-teams",
  "ownership-coverage",
  "cross-team-dependencies",
  "conway-alignment",
  "coordination-fit",
  "relationship-fit",
  "ownership-friction",
  "team-shape",
  "scorecard-rollup",
] as const;
export type TMetricId = (typeof METRIC_IDS)[number];

export interface TMetricDefinition {
  id: TMetricId;
  title: string;
  /** The precise definition, shown as the metric's help text. */
  definition: string;
  unit: "count" | "percent" | "per-member" | "score";
  better: "higher" | "lower";
}

/** One line of a metric's breakdown: a team, a context, a pair of teams or a component. */
export interface TMetricRow {
  key: string;
  label: string;
  value: number;
  note: string;
}

export interface TMetricValue {
  id: TMetricId;
  /** The headline figure; null when there is nothing to measure (no dependencies, no scores). */
  value: number | null;
  rows: TMetricRow[];
}

/** Per component: its mean score over the component scorecards (0–100) and whether any leaves it below the first level. */
export type TComponentScores = ReadonlyMap<string, { score: number; belowFirstLevel: boolean }>;

export interface TMetricInput {
  catalog: TPlanningCatalog;
  /** Today's catalog: who works on a component today (ownership friction). */
  baseline: TPlanningCatalog;
  componentScores: TComponentScores;
}

export interface TMetric {
  definition: TMetricDefinition;
  compute(input: TMetricInput): TMetricValue;
}

/** A team's display name by slug, looked up in a map built once per metric run (teams × edges would not scale). */
export function teamNames(catalog: TPlanningCatalog): (slug: string) => string {
  const names = new Map(catalog.teams.map((t) => [t.slug, t.name]));
  return (slug) => names.get(slug) ?? slug;
}
export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
