import type { TLadderLevel } from "./level-colour.ts";

/** One recorded score of one entity (scorecard.history with an entity). */
export interface TEntityTrendPoint {
  takenAt: string;
  levelIndex: number;
  score: number;
}

/** A group's or a scorecard's state at one moment (scorecard.history with a group, or none). */
export interface TDistributionTrendPoint {
  takenAt: string;
  /** Entities at each ladder level, lowest first. */
  levelCounts: readonly number[];
  belowFirst: number;
  averageScore: number;
  entities?: number;
}

export interface TEntityRow {
  t: number;
  score: number;
  level: number;
  /** The drawn continuation of the last point up to now; not a recorded point. */
  current: boolean;
}

export interface TDistributionRow {
  t: number;
  average: number;
  below: number;
  total: number;
  current: boolean;
  [levelKey: `level${number}`]: number;
}

export const levelKey = (index: number) => `level${index}` as const;

const time = (iso: string) => new Date(iso).getTime();

/**
 * Chart rows for an entity's history, oldest first. A score holds until the next one, so the last
 * row is repeated at `now` (marked current) to draw the step up to today.
 */
export function entityRows(points: readonly TEntityTrendPoint[], now: number): TEntityRow[] {
  const rows = [...points]
    .sort((a, b) => a.takenAt.localeCompare(b.takenAt))
    .map((point) => ({ t: time(point.takenAt), score: point.score, level: point.levelIndex, current: false }));
  return extendToNow(rows, now);
}

export function distributionRows(points: readonly TDistributionTrendPoint[], ladder: readonly TLadderLevel[], now: number): TDistributionRow[] {
  const rows = [...points]
    .sort((a, b) => a.takenAt.localeCompare(b.takenAt))
    .map((point) => {
      const row: TDistributionRow = {
        t: time(point.takenAt),
        average: point.averageScore,
        below: point.belowFirst,
        total: point.entities ?? point.belowFirst + point.levelCounts.reduce((a, b) => a + b, 0),
        current: false,
      };
      ladder.forEach((_, index) => {
        row[levelKey(index)] = point.levelCounts[index] ?? 0;
      });
      return row;
    });
  return extendToNow(rows, now);
}

/** Repeats the last row at `now`, marked current, so the chart draws its step up to today. */
export function extendToNow<TRow extends { t: number; current: boolean }>(rows: TRow[], now: number): TRow[] {
  const last = rows.at(-1);
  if (last && now > last.t) rows.push({ ...last, t: now, current: true });
  return rows;
}
