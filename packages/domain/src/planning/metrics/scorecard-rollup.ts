import { round, type TMetric } from "./metric.ts";

export const scorecardRollup: TMetric = {
  definition: {
    id: "scorecard-rollup",
    title: "Scorecard rollup per team",
    definition:
      "Per team: the mean score (0–100) of the components it owns, each component's score being its mean over the component scorecards, with how many of them stay below a scorecard's first level. Scores are today's; a scenario moves components, not their scores. The headline is the lowest team mean.",
    unit: "score",
    better: "higher",
  },
  compute({ catalog, componentScores }) {
    const byTeam = new Map<string, { score: number; belowFirstLevel: boolean }[]>();
    for (const component of catalog.components) {
      const score = componentScores.get(component.slug);
      if (score) for (const team of component.ownerSlugs) (byTeam.get(team) ?? byTeam.set(team, []).get(team)!).push(score);
    }
    const rows = catalog.teams.flatMap((team) => {
      const scored = byTeam.get(team.slug) ?? [];
      if (scored.length === 0) return [];
      const mean = scored.reduce((sum, s) => sum + s.score, 0) / scored.length;
      const below = scored.filter((s) => s.belowFirstLevel).length;
      return [{ key: team.slug, label: team.name, value: round(mean, 1), note: `${scored.length} scored components, ${below} below the first level` }];
    });
    return { id: "scorecard-rollup", value: rows.length ? Math.min(...rows.map((r) => r.value)) : null, rows };
  },
};
