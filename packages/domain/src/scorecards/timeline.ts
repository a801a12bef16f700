/** One recorded score of one entity. */
export interface TScorePoint {
  takenAt: string;
  levelIndex: number;
  score: number;
}

/** The state of a group of entities at one moment. */
export interface TGroupPoint {
  takenAt: string;
  /** Entities with a score recorded by then. */
  entities: number;
  averageScore: number;
  /** Entities at each ladder level (highest reached), lowest first. */
  levelCounts: number[];
  belowFirst: number;
}

/**
 * Merges per-entity score histories into the group's history: at every moment one of them changed,
 * each entity counts with its latest score so far. Linear in the number of points after sorting.
 */
export function groupTimeline(series: ReadonlyMap<string, readonly TScorePoint[]>, ladderSize: number): TGroupPoint[] {
  const events = [...series.entries()].flatMap(([key, points]) => points.map((point) => ({ key, point }))).sort((a, b) => a.point.takenAt.localeCompare(b.point.takenAt));
  const latest = new Map<string, TScorePoint>();
  const levelCounts = Array.from({ length: ladderSize }, () => 0);
  let belowFirst = 0;
  let scoreSum = 0;
  const timeline: TGroupPoint[] = [];
  const count = (point: TScorePoint, delta: number) => {
    if (point.levelIndex < 0) belowFirst += delta;
    else levelCounts[Math.min(point.levelIndex, ladderSize - 1)]! += delta;
    scoreSum += point.score * delta;
  };
  for (const { key, point } of events) {
    const previous = latest.get(key);
    if (previous) count(previous, -1);
    count(point, 1);
    latest.set(key, point);
    const snapshot: TGroupPoint = {
      takenAt: point.takenAt,
      entities: latest.size,
      averageScore: Math.round((scoreSum / latest.size) * 10) / 10,
      levelCounts: [...levelCounts],
      belowFirst,
    };
    // Several entities recorded at the same instant make one point.
    if (timeline.at(-1)?.takenAt === point.takenAt) timeline[timeline.length - 1] = snapshot;
    else timeline.push(snapshot);
  }
  return timeline;
}

/** Entities at or above a level in a group point. */
export function atOrAbove(point: Pick<TGroupPoint, "levelCounts">, levelIndex: number): number {
  return point.levelCounts.slice(levelIndex).reduce((a, b) => a + b, 0);
}
