import { closeDueInitiatives, deleteExpiredSessions, listEvidenceSources, noteExpiredWaivers, noteSourceRead, type TDatabase } from "@topograph/db";
import type { TJobName } from "@topograph/domain";
import { runScan } from "../evidence/run-scan.ts";
import { resolveSource, ZRegistrableSourceSchema } from "../evidence/scan-sources.ts";
import type { ScoreRecorder } from "../scoring/score-recorder.ts";

/** What a job may reach: the same database, score recorder and scan allowances as the procedures. */
export interface TJobEnvironment {
  db: TDatabase;
  scores: ScoreRecorder;
  now: () => Date;
  scanRoots: readonly string[];
  scanGitHosts: readonly string[];
}

/** A job's work; it answers with a one-line summary for the admin page and throws when it failed. */
export type TJobBody = (environment: TJobEnvironment) => Promise<string>;

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

export const JOB_BODIES: Record<TJobName, TJobBody> = {
  "score-snapshots": async ({ scores }) => {
    const recording = await scores.record("daily");
    return `Scored ${plural(recording.entities, "entity result")} on ${plural(recording.scorecards, "scorecard")}: ${plural(recording.snapshots, "snapshot")} and ${plural(recording.trendPoints, "trend point")} written.`;
  },

  "evidence-rescan": async ({ db, scores, now, scanRoots, scanGitHosts }) => {
    const sources = await listEvidenceSources(db);
    let scanned = 0;
    let unchanged = 0;
    const failed: string[] = [];
    for (const registered of sources) {
      try {
        // Checked against today's allowances: an operator who narrowed them stops the re-reads too.
        const resolved = resolveSource(ZRegistrableSourceSchema.parse(registered.source), scanRoots, scanGitHosts);
        const scan = await runScan(db, resolved, registered.component?.slug, now);
        if (scan.reused) unchanged += 1;
        else scanned += 1;
        await noteSourceRead(db, registered.id, now(), { scanId: scan.scanId });
      } catch (error) {
        failed.push(registered.sourceKey);
        await noteSourceRead(db, registered.id, now(), { error: error instanceof Error ? error.message : String(error) });
      }
    }
    if (scanned > 0) await scores.factsChanged();
    const summary = `Re-read ${plural(sources.length, "source")}: ${scanned} scanned, ${unchanged} unchanged (same commit), ${failed.length} failed.`;
    if (failed.length > 0 && failed.length === sources.length) throw new Error(`${summary} None could be read: ${failed.join(", ")}`);
    return failed.length > 0 ? `${summary} Failed: ${failed.join(", ")}` : summary;
  },

  expiry: async ({ db, scores, now }) => {
    const waivers = await noteExpiredWaivers(db, now());
    // History shows the score change when a waiver lapsed, not at the next daily snapshot.
    if (waivers > 0) await scores.record("change");
    const initiatives = await closeDueInitiatives(db, now(), await scores.facts.get());
    return `${plural(waivers, "waiver")} expired, ${plural(initiatives, "initiative")} closed.`;
  },

  "session-cleanup": async ({ db, now }) => `${plural(await deleteExpiredSessions(db, now()), "expired session")} deleted.`,
};
