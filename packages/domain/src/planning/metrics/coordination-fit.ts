import { TEAM_INTERACTION_MODE_LABELS, teamPairKey } from "../../catalog/team-interaction.ts";
import { coordinatingPairs, dependencyEdges } from "./dependency-edges.ts";
import { teamNames, type TMetric, type TMetricRow } from "./metric.ts";

export const coordinationFit: TMetric = {
  definition: {
    id: "coordination-fit",
    title: "Coordination fit",
    definition:
      "Team pairs that must coordinate are those joined by at least one cross-team dependency. Undeclared coordination: such a pair with no declared interaction. Stale interaction: a declared collaboration or X-as-a-Service between teams with no dependency either way; facilitating needs none, and a platform team's X-as-a-Service is consumed through the platform rather than through component dependencies. Counts both.",
    unit: "count",
    better: "lower",
  },
  compute({ catalog }) {
    const teamName = teamNames(catalog);
    const pairs = coordinatingPairs(dependencyEdges(catalog));
    const declared = new Map(catalog.interactions.map((i) => [teamPairKey(i.teamSlug, i.withTeamSlug), i]));
    const label = (a: string, b: string) => `${teamName(a)} ↔ ${teamName(b)}`;
    const rows: TMetricRow[] = [];
    for (const [key, pair] of pairs) {
      if (declared.has(key)) continue;
      const via = pair.edges.map((e) => `${e.from} → ${e.to}`).join(", ");
      rows.push({ key, label: label(...pair.teams), value: 1, note: `undeclared coordination: ${via}` });
    }
    const platform = new Set(catalog.teams.filter((t) => t.type === "platform").map((t) => t.slug));
    for (const [key, interaction] of declared) {
      if (interaction.mode === "facilitating" || pairs.has(key)) continue;
      if (interaction.mode === "x-as-a-service" && platform.has(interaction.teamSlug)) continue;
      rows.push({ key, label: label(interaction.teamSlug, interaction.withTeamSlug), value: 1, note: `stale ${TEAM_INTERACTION_MODE_LABELS[interaction.mode]}: no dependency between the teams` });
    }
    return { id: "coordination-fit", value: rows.length, rows };
  },
};
