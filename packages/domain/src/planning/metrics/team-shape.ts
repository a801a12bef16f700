import type { TMetric, TMetricRow } from "./metric.ts";

export const TEAM_SIZE = { min: 5, max: 9 } as const;

export const teamShape: TMetric = {
  definition: {
    id: "team-shape",
    title: "Team size and collaborations",
    definition: `Teams with fewer than ${TEAM_SIZE.min} or more than ${TEAM_SIZE.max} members, and teams in more than one collaboration at a time (Team Topologies: collaboration is expensive, keep it to one). Counts both kinds of problem.`,
    unit: "count",
    better: "lower",
  },
  compute({ catalog }) {
    const rows: TMetricRow[] = [];
    for (const team of catalog.teams) {
      const size = team.members.length;
      if (size < TEAM_SIZE.min || size > TEAM_SIZE.max) rows.push({ key: `${team.slug}:size`, label: team.name, value: size, note: `${size} members (${size < TEAM_SIZE.min ? `fewer than ${TEAM_SIZE.min}` : `more than ${TEAM_SIZE.max}`})` });
      const collaborations = catalog.interactions.filter((i) => i.mode === "collaboration" && (i.teamSlug === team.slug || i.withTeamSlug === team.slug)).length;
      if (collaborations > 1) rows.push({ key: `${team.slug}:collaborations`, label: team.name, value: collaborations, note: `${collaborations} concurrent collaborations` });
    }
    return { id: "team-shape", value: rows.length, rows };
  },
};
