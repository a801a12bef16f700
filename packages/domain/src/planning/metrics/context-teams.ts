import { teamNames, type TMetric } from "./metric.ts";

export const contextTeams: TMetric = {
  definition: {
    id: "context-teams",
    title: "Teams per bounded context",
    definition: "One team per bounded context. Counts bounded contexts that more than one team answers for (a conflict over the model) plus those no team answers for.",
    unit: "count",
    better: "lower",
  },
  compute({ catalog }) {
    const teamName = teamNames(catalog);
    const rows = catalog.boundedContexts.flatMap((context) => {
      const teams = context.teamSlugs.length;
      if (teams === 1) return [];
      const note = teams === 0 ? "no team" : `${teams} teams: ${context.teamSlugs.map((slug) => teamName(slug)).join(", ")}`;
      return [{ key: context.slug, label: context.name, value: teams, note }];
    });
    return { id: "context-teams", value: rows.length, rows };
  },
};
