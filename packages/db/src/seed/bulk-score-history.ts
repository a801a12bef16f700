import { randomUUID } from "node:crypto";
import { buildSubjects } from "@topograph/domain";
import type { TDatabase } from "../client.ts";
import type { TTransaction } from "../catalog/integrity.ts";
import { installBuiltInScorecards, listStoredScorecards } from "../scorecards/definitions.ts";
import { recordedResult, snapshotNeed, trendPointOf } from "../scorecards/history.ts";
import { loadScoringState, scoreStored } from "../scorecards/scoring.ts";
import { loadScoringSources } from "../scorecards/sources.ts";
import { loadSubjectIds, subjectKey, subjectRowColumns } from "../scorecards/subjects.ts";
import { insertRows } from "../bulk/insert-rows.ts";

const HISTORY_TIMEOUT_MS = 15 * 60_000;

export interface TBulkHistory {
  points: number;
  snapshots: number;
  trendPoints: number;
}

/**
 * Gives a freshly bulk-loaded organisation its score history: installs the built-in scorecards and
 * records every scorecard at each of `dates` (oldest first) as the server's recorder would have,
 * each time with the evidence observed by then, so scores move as the scans arrived. The same
 * rules as `recordScores` decide what is written (a snapshot on a change or once a day, a trend
 * point when the distribution moved or a day passed); rows are computed in memory and inserted in
 * bulk, since recording one point at a time through `recordScores` takes minutes at this scale.
 */
export async function bulkRecordScoreHistory(db: TDatabase, dates: readonly Date[]): Promise<TBulkHistory> {
  if ((await db.currentScore.count()) > 0) throw new Error("Bulk score history: the database already holds scores; it is only for a freshly loaded organisation.");
  await installBuiltInScorecards(db);
  const [scorecards, ids] = await Promise.all([listStoredScorecards(db), loadSubjectIds(db)]);
  const sources = await loadScoringSources(db, ids);
  const current = new Map<string, { scorecardId: string; subjectKey: string; statuses: string; levelIndex: number; score: number; evaluatedAt: Date; lastSnapshotAt: Date } & ReturnType<typeof subjectRowColumns>>();
  const lastTrend = new Map<string, ReturnType<typeof trendPointOf>["point"]>();
  const trendRows: Record<string, string | number | Date>[] = [];
  let snapshots = 0;

  await db.$transaction(
    async (tx: TTransaction) => {
      for (const now of dates) {
        const observed = now.toISOString();
        const subjects = buildSubjects({ ...sources, evidence: sources.evidence.filter((fact) => fact.observedAt <= observed) });
        const state = await loadScoringState(tx, now, { ids, subjects });
        const snapshotRows = [];
        for (const stored of scorecards) {
          const { compiled, results } = scoreStored(state, stored);
          const kind = stored.definition.entityKind;
          for (const result of results) {
            const id = ids.idOf(kind, result.slug);
            if (!id) continue;
            const key = subjectKey(kind, id);
            const { statuses, ...counts } = recordedResult(result);
            const { changed, due } = snapshotNeed(current.get(`${stored.id}|${key}`), { statuses, levelIndex: result.levelIndex }, now);
            if (!changed && !due) continue;
            const columns = subjectRowColumns(kind, id);
            snapshotRows.push({ id: randomUUID(), scorecardId: stored.id, subjectKey: key, ...columns, ...counts, reason: changed ? "change" : "daily", takenAt: now });
            current.set(`${stored.id}|${key}`, { scorecardId: stored.id, subjectKey: key, ...columns, statuses, levelIndex: result.levelIndex, score: result.score, evaluatedAt: now, lastSnapshotAt: now });
          }
          const trend = trendPointOf(compiled, results, lastTrend.get(stored.id), now);
          if (!trend.changed && !trend.due) continue;
          lastTrend.set(stored.id, trend.point);
          trendRows.push({ id: randomUUID(), scorecardId: stored.id, ...trend.point, reason: trend.changed ? "change" : "daily" });
        }
        await insertRows(tx, "ScoreSnapshot", snapshotRows);
        snapshots += snapshotRows.length;
      }
      await insertRows(tx, "CurrentScore", [...current.values()].map((row) => ({ id: randomUUID(), ...row })));
      await insertRows(tx, "ScorecardTrendPoint", trendRows);
    },
    { timeout: HISTORY_TIMEOUT_MS, maxWait: HISTORY_TIMEOUT_MS },
  );
  return { points: dates.length, snapshots, trendPoints: trendRows.length };
}
