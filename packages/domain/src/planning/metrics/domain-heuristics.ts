import type { TContextComplexity } from "../../catalog/bounded-context.ts";
import type { TMetric } from "./metric.ts";

/** Team Topologies' heuristics for how much domain one team can hold, as a reason or null. */
export function domainOverload(counts: Record<TContextComplexity, number>): string | null {
  const total = counts.simple + counts.complicated + counts.complex;
  if (counts.complex > 0 && total > 1) return `a complex context plus ${total - 1} more`;
  if (counts.complicated >= 2) return `${counts.complicated} complicated contexts`;
  if (counts.simple > 3) return `${counts.simple} simple contexts`;
  return null;
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
    const rows = catalog.teams.flatMap((team) => {
      const counts: Record<TContextComplexity, number> = { simple: 0, complicated: 0, complex: 0 };
      for (const context of catalog.boundedContexts) if (context.teamSlugs.includes(team.slug)) counts[context.complexity] += 1;
      const reason = domainOverload(counts);
      return reason ? [{ key: team.slug, label: team.name, value: 1, note: `holds ${reason}` }] : [];
    });
    return { id: "domain-heuristics", value: rows.length, rows };
  },
};
