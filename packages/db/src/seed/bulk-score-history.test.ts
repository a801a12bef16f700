import { buildSubjects, ENTERPRISE_SIZE, generateEnterprise, syntheticHistoryDates } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import type { TDatabase } from "../client.ts";
import { installBuiltInScorecards } from "../scorecards/definitions.ts";
import { recordScores } from "../scorecards/history.ts";
import { loadScoringSources } from "../scorecards/sources.ts";
import { loadSubjectIds } from "../scorecards/subjects.ts";
import { freshDatabase } from "../testing/test-database.ts";
import { bulkLoadCatalog } from "./bulk-load.ts";
import { bulkRecordScoreHistory } from "./bulk-score-history.ts";

const SIZE = { ...ENTERPRISE_SIZE, teams: 12, boundedContexts: 4, components: 60, repositories: 90, namespaces: 20, clusters: 2, dependencies: 80 };
const AS_OF = new Date("2026-03-01T00:00:00.000Z");

/** Every history row of a database, entities and scorecards by slug (ids differ between databases), sorted. */
async function historyOf(db: TDatabase) {
  const ids = await loadSubjectIds(db);
  const scorecards = new Map((await db.scorecard.findMany({ select: { id: true, slug: true } })).map((s) => [s.id, s.slug]));
  const subject = (key: string) => {
    const found = ids.subjectOf(key)!;
    return `${found.kind}:${found.slug}`;
  };
  const sorted = <T>(rows: T[]) => rows.map((row) => JSON.stringify(row)).sort();
  const snapshots = await db.scoreSnapshot.findMany({ select: { scorecardId: true, subjectKey: true, levelIndex: true, score: true, passed: true, failed: true, unknown: true, waived: true, reason: true, takenAt: true } });
  const current = await db.currentScore.findMany({ select: { scorecardId: true, subjectKey: true, levelIndex: true, score: true, statuses: true, evaluatedAt: true, lastSnapshotAt: true } });
  const trend = await db.scorecardTrendPoint.findMany({ select: { scorecardId: true, entities: true, belowFirst: true, levelCounts: true, averageScore: true, reason: true, takenAt: true } });
  return {
    snapshots: sorted(snapshots.map(({ scorecardId, subjectKey, ...row }) => ({ scorecard: scorecards.get(scorecardId), subject: subject(subjectKey), ...row }))),
    current: sorted(current.map(({ scorecardId, subjectKey, ...row }) => ({ scorecard: scorecards.get(scorecardId), subject: subject(subjectKey), ...row }))),
    trend: sorted(trend.map(({ scorecardId, ...row }) => ({ scorecard: scorecards.get(scorecardId), ...row }))),
  };
}

describe("bulk score history of a generated organisation", () => {
  it("records what the score recorder would have recorded at each date, with the evidence observed by then", async () => {
    const data = generateEnterprise(SIZE, { asOf: AS_OF });
    const dates = syntheticHistoryDates(AS_OF);

    const bulk = freshDatabase().db;
    await bulkLoadCatalog(bulk, data);
    expect(await bulkRecordScoreHistory(bulk, dates)).toMatchObject({ points: 4 });

    const recorded = freshDatabase().db;
    await bulkLoadCatalog(recorded, data);
    await installBuiltInScorecards(recorded);
    const ids = await loadSubjectIds(recorded);
    const sources = await loadScoringSources(recorded, ids);
    for (const now of dates) {
      const evidence = sources.evidence.filter((fact) => fact.observedAt <= now.toISOString());
      await recordScores(recorded, now, "daily", { ids, subjects: buildSubjects({ ...sources, evidence }) });
    }

    const history = await historyOf(bulk);
    expect(history).toEqual(await historyOf(recorded));
    // Evidence arriving over the weeks moves scores: later recordings hold changes, not only daily snapshots.
    const changedLater = history.snapshots.map((row) => JSON.parse(row) as { reason: string; takenAt: string }).filter((row) => row.reason === "change" && row.takenAt > dates[0]!.toISOString());
    expect(changedLater.length).toBeGreaterThan(0);
  });

  it("refuses a database that already holds scores", async () => {
    const db = freshDatabase().db;
    await bulkLoadCatalog(db, generateEnterprise(SIZE, { asOf: AS_OF }));
    await bulkRecordScoreHistory(db, [AS_OF]);
    await expect(bulkRecordScoreHistory(db, [AS_OF])).rejects.toThrow(/already holds scores/);
  });
});
