import type { TComponentScores } from "@topograph/domain";
import type { TDb } from "../catalog/integrity.ts";

/** Each component's latest scores, averaged over the component scorecards (the planner moves components, not scores). */
export async function loadComponentScores(db: TDb): Promise<TComponentScores> {
  const rows = await db.currentScore.findMany({ where: { componentId: { not: null } }, select: { score: true, levelIndex: true, component: { select: { slug: true } } } });
  const sums = new Map<string, { total: number; count: number; below: boolean }>();
  for (const row of rows) {
    const slug = row.component!.slug;
    const sum = sums.get(slug) ?? { total: 0, count: 0, below: false };
    sum.total += row.score;
    sum.count += 1;
    sum.below ||= row.levelIndex < 0;
    sums.set(slug, sum);
  }
  return new Map([...sums].map(([slug, s]) => [slug, { score: Math.round((10 * s.total) / s.count) / 10, belowFirstLevel: s.below }]));
}
