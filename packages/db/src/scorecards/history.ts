import { randomUUID } from "node:crypto";
import { distributionOf, groupTimeline, type TCompiledScorecard, type TRuleStatus, type TScoredKind, type TScorePoint, type TScoreSummary } from "@topograph/domain";
import { inTransaction, type TDb } from "../catalog/integrity.ts";
import { isPostgresDatabase } from "../postgres/client.ts";
import { insertRows } from "../bulk/insert-rows.ts";
import { getStoredScorecard } from "./definitions.ts";
import { scoreEverything, type TFacts, type TScorecardResults } from "./scoring.ts";
import { findSubject, subjectKey, subjectRowColumns, type TSubjectIds } from "./subjects.ts";

const DAY_MS = 24 * 3600 * 1000;
const LETTER: Record<TRuleStatus, string> = { pass: "p", fail: "f", unknown: "u", waived: "w" };
const CHUNK = 500;
/**
 * A recording writes a row per entity the first time (and on a day's snapshot): 40,000 rows for a
 * scorecard over 20,000 components, longer than Prisma's 5 s default for a transaction on a busy
 * machine. It runs in the background, so it may take its time; waiting for its turn too.
 */
const RECORDING_TRANSACTION = { timeout: 10 * 60_000, maxWait: 60_000 };

export type TRecordReason = "change" | "daily";

export interface TRecording {
  scorecards: number;
  entities: number;
  snapshots: number;
  trendPoints: number;
  durationMs: number;
}

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/**
 * Scores everything and appends history: a snapshot for every entity whose result changed since
 * its last one, or whose last one is a day old; and a scorecard trend point when the distribution
 * changed or a day passed. Unchanged entities cost a comparison, not a write.
 */
export async function recordScores(db: TDb, now: Date, reason: TRecordReason = "change", facts?: TFacts): Promise<TRecording> {
  const started = performance.now();
  const { state, scorecards } = await scoreEverything(db, now, facts);
  let snapshots = 0;
  let trendPoints = 0;
  let entities = 0;
  for (const scored of scorecards) {
    const written = await recordScorecard(db, scored, state.ids, now, reason);
    snapshots += written.snapshots;
    trendPoints += written.trendPoint ? 1 : 0;
    entities += scored.results.length;
  }
  return { scorecards: scorecards.length, entities, snapshots, trendPoints, durationMs: Math.round(performance.now() - started) };
}

/** A result as history keeps it: rule statuses one letter each, and how many rules had each status. */
export function recordedResult(result: TScoreSummary) {
  const count = (status: TRuleStatus) => result.statuses.filter((s) => s === status).length;
  return {
    statuses: result.statuses.map((s) => LETTER[s]).join(""),
    levelIndex: result.levelIndex,
    score: result.score,
    passed: count("pass"),
    failed: count("fail"),
    unknown: count("unknown"),
    waived: count("waived"),
  };
}

/** Whether a new result changes an entity's score, and whether its daily snapshot is due anyway. */
export function snapshotNeed(previous: { statuses: string; levelIndex: number; lastSnapshotAt: Date } | undefined, recorded: { statuses: string; levelIndex: number }, now: Date) {
  return {
    changed: !previous || previous.statuses !== recorded.statuses || previous.levelIndex !== recorded.levelIndex,
    due: !previous || now.getTime() - previous.lastSnapshotAt.getTime() >= DAY_MS,
  };
}

type TTrendPoint = { entities: number; belowFirst: number; levelCounts: string; averageScore: number; takenAt: Date };

/** The scorecard's distribution as a trend point, and whether it changed since the last point or a day passed. */
export function trendPointOf(compiled: TCompiledScorecard, results: readonly TScoreSummary[], last: TTrendPoint | null | undefined, now: Date) {
  const distribution = distributionOf(compiled, results);
  const point = { entities: distribution.total, belowFirst: distribution.belowFirst, levelCounts: JSON.stringify(distribution.levels.map((l) => l.count)), averageScore: distribution.averageScore, takenAt: now };
  const changed = !last || last.entities !== point.entities || last.belowFirst !== point.belowFirst || last.levelCounts !== point.levelCounts || last.averageScore !== point.averageScore;
  const due = !last || now.getTime() - last.takenAt.getTime() >= DAY_MS;
  return { point, changed, due };
}

async function recordScorecard(db: TDb, { stored, compiled, results }: TScorecardResults, ids: TSubjectIds, now: Date, reason: TRecordReason) {
  const scorecardId = stored.id;
  const kind = stored.definition.entityKind;
  return inTransaction(db, async (tx) => {
    await serialiseRecordings(tx, scorecardId);
    // Raw rows: this read is as large as the scorecard's population and runs after every write.
    const currentRows = await tx.$queryRaw<{ id: string; subjectKey: string; levelIndex: number | bigint; statuses: string; lastSnapshotAt: Date | string | number }[]>`SELECT "id", "subjectKey", "levelIndex", "statuses", "lastSnapshotAt" FROM "CurrentScore" WHERE "scorecardId" = ${scorecardId}`;
    const current = new Map(currentRows.map((row) => [row.subjectKey, { ...row, levelIndex: Number(row.levelIndex), lastSnapshotAt: new Date(row.lastSnapshotAt) }]));
    // Inserted as multi-row statements (insertRows): several times faster than createMany at this volume.
    const creates: Parameters<typeof insertRows>[2][number][] = [];
    const snapshotRows: Parameters<typeof insertRows>[2][number][] = [];
    const refreshed: string[] = [];
    const replaced: string[] = [];
    const seen = new Set<string>();
    for (const result of results) {
      const id = ids.idOf(kind, result.slug);
      if (!id) continue;
      const key = subjectKey(kind, id);
      seen.add(key);
      const { statuses, ...counts } = recordedResult(result);
      const previous = current.get(key);
      const { changed, due } = snapshotNeed(previous, { statuses, levelIndex: result.levelIndex }, now);
      if (!changed && !due) continue;
      snapshotRows.push({ id: randomUUID(), scorecardId, subjectKey: key, ...subjectRowColumns(kind, id), ...counts, reason: changed ? "change" : reason, takenAt: now });
      // A changed current score is replaced, not updated: one bulk delete and insert instead of an UPDATE per entity.
      if (!previous || changed) creates.push({ id: randomUUID(), scorecardId, subjectKey: key, ...subjectRowColumns(kind, id), levelIndex: result.levelIndex, score: result.score, statuses, evaluatedAt: now, lastSnapshotAt: now });
      if (previous && changed) replaced.push(previous.id);
      else if (previous) refreshed.push(previous.id);
    }
    // Entities the scorecard no longer scores (filter changed) leave the current set; their history stays.
    const gone = [...current.values()].filter((row) => !seen.has(row.subjectKey)).map((row) => row.id);
    await inChunks([...gone, ...replaced], (chunk) => tx.currentScore.deleteMany({ where: { id: { in: chunk } } }));
    await insertRows(tx, "CurrentScore", creates);
    await inChunks(refreshed, (chunk) => tx.currentScore.updateMany({ where: { id: { in: chunk } }, data: { lastSnapshotAt: now, evaluatedAt: now } }));
    await insertRows(tx, "ScoreSnapshot", snapshotRows);

    const last = await tx.scorecardTrendPoint.findFirst({ where: { scorecardId }, orderBy: { takenAt: "desc" }, select: { entities: true, belowFirst: true, levelCounts: true, averageScore: true, takenAt: true } });
    const trend = trendPointOf(compiled, results, last, now);
    if (trend.changed || trend.due) await tx.scorecardTrendPoint.create({ data: { scorecardId, ...trend.point, reason: trend.changed ? "change" : reason } });
    return { snapshots: snapshotRows.length, trendPoint: trend.changed || trend.due };
  }, RECORDING_TRANSACTION);
}

/**
 * One recording of a scorecard at a time. SQLite runs one writing transaction at a time anyway; on
 * PostgreSQL (READ COMMITTED) two recordings, from two processes or two contexts, would both read
 * the same current scores and both insert the same new ones (a unique violation) or duplicate
 * snapshots. A transaction-level advisory lock on the scorecard makes the second wait for the
 * first's commit, then read what it wrote.
 */
async function serialiseRecordings(tx: TDb, scorecardId: string): Promise<void> {
  if (isPostgresDatabase(tx)) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`topograph:score-history:${scorecardId}`}))`;
}

const HISTORY_LIMIT = 1000;

/** One entity's score over time on one scorecard, oldest first. */
export async function entityHistory(db: TDb, scorecardSlug: string, entity: { kind: TScoredKind; slug: string }) {
  const stored = await getStoredScorecard(db, scorecardSlug);
  const subject = await findSubject(db, entity.kind, entity.slug);
  if (!subject) return { ladder: stored.definition.ladder, points: [] };
  const rows = await db.scoreSnapshot.findMany({
    where: { scorecardId: stored.id, subjectKey: subjectKey(entity.kind, subject.id) },
    select: { takenAt: true, levelIndex: true, score: true, passed: true, failed: true, unknown: true, waived: true, reason: true },
    orderBy: { takenAt: "desc" },
    take: HISTORY_LIMIT,
  });
  return { ladder: stored.definition.ladder, points: rows.reverse().map((row) => ({ ...row, takenAt: row.takenAt.toISOString() })) };
}

/** The scorecard's distribution and average over time, oldest first. */
export async function scorecardTrend(db: TDb, scorecardSlug: string) {
  const stored = await getStoredScorecard(db, scorecardSlug);
  const rows = await db.scorecardTrendPoint.findMany({ where: { scorecardId: stored.id }, orderBy: { takenAt: "desc" }, take: HISTORY_LIMIT, select: { takenAt: true, entities: true, belowFirst: true, levelCounts: true, averageScore: true } });
  return {
    ladder: stored.definition.ladder,
    points: rows.reverse().map((row) => ({ takenAt: row.takenAt.toISOString(), entities: row.entities, belowFirst: row.belowFirst, levelCounts: JSON.parse(row.levelCounts) as number[], averageScore: row.averageScore })),
  };
}

/** Score histories of a set of entities, keyed by subject key, for group trends and initiatives. */
export async function seriesOf(db: TDb, scorecardId: string, keys: readonly string[]): Promise<Map<string, TScorePoint[]>> {
  const series = new Map<string, TScorePoint[]>(keys.map((key) => [key, []]));
  for (let i = 0; i < keys.length; i += CHUNK) {
    const rows = await db.scoreSnapshot.findMany({ where: { scorecardId, subjectKey: { in: keys.slice(i, i + CHUNK) } }, select: { subjectKey: true, takenAt: true, levelIndex: true, score: true }, orderBy: { takenAt: "asc" } });
    for (const row of rows) series.get(row.subjectKey)!.push({ takenAt: row.takenAt.toISOString(), levelIndex: row.levelIndex, score: row.score });
  }
  return series;
}

/** A group's trend (the entities a team owns now, or a context holds now), merged from their histories. */
export async function groupTrend(db: TDb, scored: TScorecardResults, ids: TSubjectIds, groupBy: "team" | "boundedContext", groupSlug: string) {
  const kind = scored.stored.definition.entityKind;
  const members = scored.results.filter((r) => (groupBy === "team" ? r.teamSlugs : r.contextSlugs).includes(groupSlug));
  const keys = members.flatMap((r) => {
    const id = ids.idOf(kind, r.slug);
    return id ? [subjectKey(kind, id)] : [];
  });
  return { ladder: scored.stored.definition.ladder, points: groupTimeline(await seriesOf(db, scored.stored.id, keys), scored.stored.definition.ladder.length) };
}
