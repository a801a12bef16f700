import type { TCompiledScorecard, TRuleStatus, TScoreSummary } from "./evaluate.ts";

export const ROLLUP_GROUPS = ["team", "boundedContext"] as const;
export type TRollupGroup = (typeof ROLLUP_GROUPS)[number];

export interface TLevelCount {
  name: string;
  color: string;
  count: number;
}

/** How many entities sit at each level (highest level reached), and below the first. */
export interface TDistribution {
  total: number;
  belowFirst: number;
  levels: TLevelCount[];
  averageScore: number;
}

export interface TRuleTally {
  id: string;
  pass: number;
  fail: number;
  unknown: number;
  waived: number;
  /** Passing share of the entities the rule is not waived for, 0–100; null when all are waived or none. */
  passRate: number | null;
}

export interface TRollupRow {
  /** Team or context slug; null collects entities with none (unowned, outside any context). */
  key: string | null;
  name: string;
  distribution: TDistribution;
  rules: TRuleTally[];
}

const average = (values: number[]) => (values.length === 0 ? 0 : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10);

export function distributionOf(scorecard: TCompiledScorecard, results: readonly TScoreSummary[]): TDistribution {
  const levels = scorecard.definition.ladder.map((level) => ({ name: level.name, color: level.color, count: 0 }));
  let belowFirst = 0;
  for (const result of results) {
    if (result.levelIndex < 0) belowFirst += 1;
    else levels[result.levelIndex]!.count += 1;
  }
  return { total: results.length, belowFirst, levels, averageScore: average(results.map((r) => r.score)) };
}

export function tallyRules(scorecard: TCompiledScorecard, results: readonly TScoreSummary[]): TRuleTally[] {
  return scorecard.rules.map(({ rule }, i) => {
    const tally: Record<TRuleStatus, number> = { pass: 0, fail: 0, unknown: 0, waived: 0 };
    for (const result of results) tally[result.statuses[i]!] += 1;
    const judged = tally.pass + tally.fail + tally.unknown;
    return { id: rule.id, ...tally, passRate: judged === 0 ? null : Math.round((tally.pass / judged) * 1000) / 10 };
  });
}

/**
 * Rolls results up by owning team or by bounded context: the heat map's rows. An entity with two
 * owning teams counts for both; entities with none form their own row (key null), so gaps show.
 */
export function rollUp(scorecard: TCompiledScorecard, results: readonly TScoreSummary[], groupBy: TRollupGroup, names: ReadonlyMap<string, string>): TRollupRow[] {
  const groups = new Map<string | null, TScoreSummary[]>();
  for (const result of results) {
    const keys = groupBy === "team" ? result.teamSlugs : result.contextSlugs;
    for (const key of keys.length > 0 ? keys : [null]) {
      const list = groups.get(key);
      if (list) list.push(result);
      else groups.set(key, [result]);
    }
  }
  const none = groupBy === "team" ? "No owning team" : "No bounded context";
  return [...groups.entries()]
    .map(([key, members]) => ({ key, name: key === null ? none : (names.get(key) ?? key), distribution: distributionOf(scorecard, members), rules: tallyRules(scorecard, members) }))
    .sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : a.name.localeCompare(b.name)));
}
