import { dependencyEdges } from "./dependency-edges.ts";
import { round, teamNames, type TMetric } from "./metric.ts";

export const conwayAlignment: TMetric = {
  definition: {
    id: "conway-alignment",
    title: "Conway alignment",
    definition:
      "Share of dependency edges, between components that both have an owner, that stay inside one team (the two ends share an owner team), in percent. Edges touching an unowned component are not counted. Rows list the edges that cross teams.",
    unit: "percent",
    better: "higher",
  },
  compute({ catalog }) {
    const teamName = teamNames(catalog);
    const edges = dependencyEdges(catalog).filter((e) => e.fromTeams.length > 0 && e.toTeams.length > 0);
    const inside = edges.filter((e) => !e.crossTeam).length;
    const teams = (slugs: string[]) => slugs.map((slug) => teamName(slug)).join(", ");
    const rows = edges
      .filter((e) => e.crossTeam)
      .map((e) => ({ key: `${e.from}->${e.to}`, label: `${e.from} → ${e.to}`, value: 1, note: `${teams(e.fromTeams)} → ${teams(e.toTeams)} (${e.style})` }));
    return { id: "conway-alignment", value: edges.length === 0 ? null : round((100 * inside) / edges.length, 1), rows };
  },
};
