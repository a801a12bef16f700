import fs from "node:fs";
import path from "node:path";
import { SAMPLE_NAMESPACE, writeSampleRepository } from "@topograph/sources/testing";
import { DEFAULT_JOB_INTERVALS } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { JOB_BODIES } from "../jobs/job-bodies.ts";
import { JobScheduler } from "../jobs/job-scheduler.ts";
import { ScoreRecorder } from "../scoring/score-recorder.ts";
import { apiAs, demoApi, failure, invalidFields, signedInCaller, type TCaller } from "../testing/caller.ts";

/**
 * Scheduled jobs through the API, with the real job bodies and a scheduler of this process: the
 * admin list, runs by hand, waiver expiry and evidence sources re-read on schedule.
 */
async function jobsOn(options: { scanRoots?: string[] } = {}) {
  let clock = new Date("2026-11-24T10:00:00Z");
  const now = () => clock;
  const { db } = await demoApi({ practices: false });
  const scores = new ScoreRecorder(db, now);
  // Polls only when poked: runs start on start-up and when someone asks.
  const scheduler = new JobScheduler({ db, scores, now, scanRoots: options.scanRoots ?? [], scanGitHosts: [], replica: "test-replica", intervals: DEFAULT_JOB_INTERVALS, bodies: JOB_BODIES, pollMs: 3_600_000, leaseMs: 60_000 });
  const admin = apiAs(db, await signedInCaller(db, "administrator", "ada@example.com", "Ada"), { now, scores, jobScheduler: scheduler, ...(options.scanRoots ? { scanRoots: options.scanRoots } : {}) });
  await scheduler.start();
  await settled(admin);
  const stop = async () => {
    await scheduler.stop();
    await scores.idle();
  };
  return { db, admin, stop, advance: (ms: number) => (clock = new Date(clock.getTime() + ms)) };
}

/** Waits until every job has run and none is running or waiting for a replica. */
async function settled(api: TCaller) {
  for (let i = 0; i < 200; i++) {
    const jobs = await api.job.list();
    if (jobs.length > 0 && jobs.every((job) => job.status === "ok" || job.status === "failed")) return jobs;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("Jobs did not settle.");
}

const jobNamed = async (api: TCaller, name: string) => (await settled(api)).find((job) => job.name === name)!;

describe("scheduled jobs", () => {
  it("show administrators each job's last run, duration, result and next run", async () => {
    const { admin, stop } = await jobsOn();
    const jobs = await admin.job.list();
    expect(jobs.map((job) => job.name).sort()).toEqual(["evidence-rescan", "expiry", "score-snapshots", "session-cleanup"]);
    const snapshots = jobs.find((job) => job.name === "score-snapshots")!;
    expect(snapshots).toMatchObject({ title: "Score snapshots", status: "ok", lastResult: "ok", runningOn: null });
    expect(snapshots.lastSummary).toMatch(/^Scored \d+ entity results on \d+ scorecards: \d+ snapshots and \d+ trend points written\.$/);
    expect(snapshots.lastDurationMs).toBeGreaterThanOrEqual(0);
    expect(snapshots.nextRunAt.getTime() - snapshots.lastFinishedAt!.getTime()).toBe(DEFAULT_JOB_INTERVALS["score-snapshots"]);
    expect(snapshots.runs).toEqual([expect.objectContaining({ trigger: "schedule", replica: "test-replica", result: "ok" })]);
    await stop();
  });

  it("are for administrators only", async () => {
    const { db } = await demoApi({ practices: false });
    const editor = apiAs(db, await signedInCaller(db, "editor"));
    expect((await failure(editor.job.list())).code).toBe("FORBIDDEN");
    expect((await failure(editor.job.run({ name: "expiry" }))).code).toBe("FORBIDDEN");
    expect((await failure(apiAs(db, null).job.list())).code).toBe("UNAUTHORIZED");
  });

  it("refuse a run of a job that does not exist, naming the jobs", async () => {
    const { admin, stop } = await jobsOn();
    const error = await failure(admin.job.run({ name: "reindex" as never }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(invalidFields(error)).toEqual(["name"]);
    expect(error.message).toContain("A job is one of score-snapshots, evidence-rescan, expiry, session-cleanup.");
    await stop();
  });

  it("run by hand: a lapsed waiver is noted in the audit log and scores are recorded without it", async () => {
    const { admin, stop, advance } = await jobsOn();
    const waiver = await admin.waiver.create({ scorecardId: "deployment-readiness", ruleId: "deploy.probes.liveness", entity: { kind: "component", slug: "b-service" }, reason: "Ships with 4.2", expiresAt: "2026-12-01", grantedBy: "Mai" });
    advance(8 * 86_400_000);
    await admin.job.run({ name: "expiry" });
    const expiry = await jobNamed(admin, "expiry");
    expect(expiry).toMatchObject({ lastResult: "ok", lastSummary: "1 waiver expired, 0 initiatives closed." });
    expect(expiry.runs[0]).toMatchObject({ trigger: "hand", requestedBy: "ada@example.com" });
    const [entry] = (await admin.audit.list({ entity: { kind: "waiver", slug: waiver.id } })).items;
    expect(entry).toMatchObject({ action: "update", via: "system", after: { expiredAt: "2026-12-02T10:00:00.000Z" } });
    await stop();
  });

  it("re-read registered evidence sources: a changed repository gives a new scan, an unreadable one records why", async () => {
    const root = writeSampleRepository();
    const { admin, stop } = await jobsOn({ scanRoots: [root] });
    const registered = await admin.evidence.registerSource({ source: { kind: "directory", path: root }, component: "b-service" });
    expect(registered.scan.files).toBe(2);
    expect((await failure(admin.evidence.registerSource({ source: { kind: "directory", path: root } }))).message).toContain("is already registered");

    fs.writeFileSync(path.join(root, "b-service", "namespace-copy.yaml"), SAMPLE_NAMESPACE.replace("b-service", "b-service-copy"));
    await admin.job.run({ name: "evidence-rescan" });
    expect(await jobNamed(admin, "evidence-rescan")).toMatchObject({ lastResult: "ok", lastSummary: "Re-read 1 source: 1 scanned, 0 unchanged (same commit), 0 failed." });
    const [source] = await admin.evidence.sources();
    expect(source).toMatchObject({ id: registered.id, component: { slug: "b-service" }, lastError: null });
    expect(source!.lastScanId).not.toBe(registered.scan.scanId);
    expect((await admin.evidence.scans({ scanId: source!.lastScanId! }))[0]).toMatchObject({ files: 3 });

    fs.rmSync(root, { recursive: true });
    await admin.job.run({ name: "evidence-rescan" });
    const failed = await jobNamed(admin, "evidence-rescan");
    expect(failed.lastResult).toBe("failed");
    expect(failed.lastSummary).toContain("None could be read");
    expect((await admin.evidence.sources())[0]!.lastError).toMatch(/Cannot read the source/);

    await admin.evidence.unregisterSource({ id: registered.id });
    expect(await admin.evidence.sources()).toEqual([]);
    await stop();
  });
});
