import { dependencyEdges, fanByTeam } from "./dependency-edges.ts";
import type { TMetric } from "./metric.ts";

export const crossTeamDependencies: TMetric = {
  definition: {
    id: "cross-team-dependencies",
    title: "Cross-team dependencies",
    definition:
      "Counts component dependency edges whose two ends are owned by different teams (no owner in common). Per team, fan-out is the cross-team edges from its components and fan-in those into its components; the row shows their sum.",
    unit: "count",
    better: "lower",
  },
  compute({ catalog }) {
    const cross = dependencyEdges(catalog).filter((e) => e.crossTeam);
    const fan = fanByTeam(cross);
    const rows = catalog.teams.flatMap((team) => {
      const { fanIn, fanOut } = fan.get(team.slug) ?? { fanIn: 0, fanOut: 0 };
      return fanIn + fanOut === 0 ? [] : [{ key: team.slug, label: team.name, value: fanIn + fanOut, note: `fan-in ${fanIn}, fan-out ${fanOut}` }];
    });
    return { id: "cross-team-dependencies", value: cross.length, rows };
  },
};
