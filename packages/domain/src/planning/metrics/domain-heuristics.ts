import type { TContextComplexity } from "../../catalog/bounded-context.ts";
import type { TPlanningCatalog } from "../planning-catalog.ts";
import type { TMetric } from "./metric.ts";

/** Team Topologies' heuristics for how much domain one team can hold, as a reason or null. */
export function domainOverload(counts: Record<TContextComplexity, number>): string | null {
  const total = counts.simple + counts.complicated + counts.complex;
  if (counts.complex > 0 && total > 1) return `a complex context plus ${total - 1} more`;
  if (counts.complicated >= 2) return `${counts.complicated} complicated contexts`;
  if (counts.simple > 3) return `${counts.simple} simple contexts`;
  return null;
}

/** Per team: how many bounded contexts of each complexity it answers for. */
export function contextComplexityByTeam(catalog: TPlanningCatalog): Map<string, Record<TContextComplexity, number>> {
  const counts = new Map<string, Record<TContextComplexity, number>>();
  for (const context of catalog.boundedContexts) {
    for (const team of context.teamSlugs) {
      const count = counts.get(team) ?? counts.set(team, { simple: 0, complicated: 0, complex: 0 }).get(team)!;
      count[context.complexity] += 1;
    }
  }
  return counts;
}

export const domainHeuristics: TMetric = {
  definition: {
    id: "domain-heuristics",
    title: "Domain load heuristics",
    definition:
      "Team Topologies: a team should hold one complex bounded context and nothing else, at most one complicated context (two are too many), or at most three simple ones. Complexity is a field of the bounded context. Counts teams that break a heuristic.",
    unit: "count",
    better: "lower",
  },
  compute({ catalog }) {
    const complexity = contextComplexityByTeam(catalog);
    const rows = catalog.teams.flatMap((team) => {
      const reason = domainOverload(complexity.get(team.slug) ?? { simple: 0, complicated: 0, complex: 0 });
      return reason ? [{ key: team.slug, label: team.name, value: 1, note: `holds ${reason}` }] : [];
    });
    return { id: "domain-heuristics", value: rows.length, rows };
  },
};
