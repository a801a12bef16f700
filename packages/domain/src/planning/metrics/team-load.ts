import { round, type TMetric } from "./metric.ts";
import { teamHoldings } from "./team-holdings.ts";

export const teamLoad: TMetric = {
  definition: {
    id: "team-load",
    title: "Load per team",
    definition:
      "For each team: the components it owns, the repositories holding them, the bounded contexts it answers for and the namespaces they run in. A team's load is the sum of those four counts divided by its members (a team with no members counts as one). The headline is the highest load per member in the organisation.",
    unit: "per-member",
    better: "lower",
  },
  compute({ catalog }) {
    const holdings = teamHoldings(catalog);
    const rows = catalog.teams.map((team) => {
      const held = holdings.get(team.slug)!;
      const load = held.components.size + held.repositories.size + held.boundedContexts.size + held.namespaces.size;
      const members = team.members.length;
      return {
        key: team.slug,
        label: team.name,
        value: round(load / Math.max(members, 1)),
        note: `${held.components.size} components, ${held.repositories.size} repositories, ${held.boundedContexts.size} bounded contexts, ${held.namespaces.size} namespaces; ${members} members`,
      };
    });
    return { id: "team-load", value: rows.length ? Math.max(...rows.map((r) => r.value)) : null, rows };
  },
};
