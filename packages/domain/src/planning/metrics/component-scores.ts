import type { TScoreSummary } from "../../scorecards/evaluate.ts";
import type { TComponentScores } from "./metric.ts";

/** Each component's mean score over the component scorecards, and whether any leaves it below the first level. */
export function componentScoresFrom(scorecards: readonly { entityKind: string; results: readonly TScoreSummary[] }[]): TComponentScores {
  const sums = new Map<string, { total: number; count: number; below: boolean }>();
  for (const scorecard of scorecards) {
    if (scorecard.entityKind !== "component") continue;
    for (const result of scorecard.results) {
      const sum = sums.get(result.slug) ?? { total: 0, count: 0, below: false };
      sum.total += result.score;
      sum.count += 1;
      sum.below ||= result.levelIndex < 0;
      sums.set(result.slug, sum);
    }
  }
  return new Map([...sums].map(([slug, s]) => [slug, { score: Math.round((10 * s.total) / s.count) / 10, belowFirstLevel: s.below }]));
}
