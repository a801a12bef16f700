import type { TTeamCard } from "./planning-types.ts";

export interface TListDelta {
  /** Everything the team holds in the scenario, in order. */
  entries: { name: string; added: boolean }[];
  /** What it held today and no longer does. */
  removed: string[];
}

/** A team's list (components, repositories…) in the scenario against today's, entry by entry. */
export function listDelta(before: readonly string[] | undefined, after: readonly string[]): TListDelta {
  const was = new Set(before ?? []);
  const is = new Set(after);
  return { entries: after.map((name) => ({ name, added: before !== undefined && !was.has(name) })), removed: [...was].filter((name) => !is.has(name)) };
}

const LISTS = ["components", "repositories", "boundedContexts", "namespaces", "flags"] as const;
const FIGURES = ["members", "fanIn", "fanOut", "meanScore"] as const;

export interface TCardComparison {
  card: TTeamCard;
  /** The team today; null for a team the scenario creates. */
  baseline: TTeamCard | null;
  changed: boolean;
}

/**
 * Each team of the scenario beside itself today: teams the scenario changes come first, then the
 * rest in the scenario's order; teams it removes (merged away) are listed apart.
 */
export function compareCards(baseline: readonly TTeamCard[], scenario: readonly TTeamCard[]): { teams: TCardComparison[]; removed: TTeamCard[] } {
  const today = new Map(baseline.map((card) => [card.slug, card]));
  const teams = scenario.map((card): TCardComparison => {
    const before = today.get(card.slug) ?? null;
    const changed =
      !before ||
      before.name !== card.name ||
      before.type !== card.type ||
      FIGURES.some((key) => before[key] !== card[key]) ||
      LISTS.some((key) => before[key].length !== card[key].length || before[key].some((entry, i) => entry !== card[key][i]));
    return { card, baseline: before, changed };
  });
  const kept = new Set(scenario.map((card) => card.slug));
  return { teams: [...teams.filter((t) => t.changed), ...teams.filter((t) => !t.changed)], removed: baseline.filter((card) => !kept.has(card.slug)) };
}
