import { emptyDatabase } from "@topograph/db/testing";
import { DEFAULT_JOB_INTERVALS, JOB_NAMES, type TJobName } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { ScoreRecorder } from "../scoring/score-recorder.ts";
import type { TJobBody } from "./job-bodies.ts";
import { JobScheduler } from "./job-scheduler.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Bodies that count how many runs of each job are in progress at once, across every scheduler sharing them. */
function countingBodies(runMs: number) {
  const inProgress = new Map<TJobName, number>();
  const started: { job: TJobName; replica: string }[] = [];
  let mostAtOnce = 0;
  const body =
    (job: TJobName, replica: string): TJobBody =>
    async () => {
      const now = (inProgress.get(job) ?? 0) + 1;
      inProgress.set(job, now);
      mostAtOnce = Math.max(mostAtOnce, now);
      started.push({ job, replica });
      await sleep(runMs);
      inProgress.set(job, (inProgress.get(job) ?? 1) - 1);
      return `ran on ${replica}`;
    };
  const bodiesFor = (replica: string) => Object.fromEntries(JOB_NAMES.map((job) => [job, body(job, replica)])) as Record<TJobName, TJobBody>;
  return { bodiesFor, started, mostAtOnce: () => mostAtOnce };
}

async function replicas(count: number, runMs: number, intervalMs: number) {
  const db = await emptyDatabase();
  const counting = countingBodies(runMs);
  const intervals = Object.fromEntries(JOB_NAMES.map((job) => [job, intervalMs])) as typeof DEFAULT_JOB_INTERVALS;
  const schedulers = Array.from({ length: count }, (_, i) => {
    const replica = `replica-${i + 1}`;
    return new JobScheduler({ db, scores: new ScoreRecorder(db, () => new Date()), now: () => new Date(), scanRoots: [], scanGitHosts: [], replica, intervals, bodies: counting.bodiesFor(replica), pollMs: 10, leaseMs: 5_000 });
  });
  return { db, schedulers, ...counting };
}

describe("the job scheduler", () => {
  it("runs each due job once although three replicas poll the same database", async () => {
    const { db, schedulers, started, mostAtOnce } = await replicas(3, 150, 60_000);
    await Promise.all(schedulers.map((scheduler) => scheduler.start()));
    await sleep(600);
    await Promise.all(schedulers.map((scheduler) => scheduler.stop()));

    expect(started.map((run) => run.job).sort()).toEqual([...JOB_NAMES].sort());
    expect(mostAtOnce()).toBe(1);
    const runs = await db.jobRun.findMany();
    expect(runs).toHaveLength(JOB_NAMES.length);
    expect(runs.every((run) => run.result === "ok" && run.summary === `ran on ${run.replica}`)).toBe(true);
    expect(await db.job.count({ where: { lockedBy: { not: null } } })).toBe(0);
  });

  it("never runs a job on two replicas at once when runs outlast the interval, and starts the next run only after the last finished", async () => {
    const { db, schedulers, mostAtOnce } = await replicas(2, 120, 30);
    await Promise.all(schedulers.map((scheduler) => scheduler.start()));
    await sleep(1_200);
    await Promise.all(schedulers.map((scheduler) => scheduler.stop()));

    expect(mostAtOnce()).toBe(1);
    for (const job of JOB_NAMES) {
      const runs = await db.jobRun.findMany({ where: { jobName: job }, orderBy: { startedAt: "asc" } });
      expect(runs.length).toBeGreaterThanOrEqual(3);
      for (let i = 1; i < runs.length; i++) expect(runs[i]!.startedAt.getTime()).toBeGreaterThanOrEqual(runs[i - 1]!.finishedAt!.getTime());
    }
  });

  it("records a failed run with its error and keeps scheduling the job", async () => {
    const db = await emptyDatabase();
    const failing: TJobBody = async () => {
      throw new Error("The evidence host did not answer.");
    };
    const bodies = Object.fromEntries(JOB_NAMES.map((job) => [job, failing])) as Record<TJobName, TJobBody>;
    const scheduler = new JobScheduler({ db, scores: new ScoreRecorder(db, () => new Date()), now: () => new Date(), scanRoots: [], scanGitHosts: [], replica: "solo", intervals: DEFAULT_JOB_INTERVALS, bodies, pollMs: 10, leaseMs: 5_000 });
    await scheduler.start();
    await sleep(200);
    await scheduler.stop();
    const job = await db.job.findUniqueOrThrow({ where: { name: "expiry" } });
    expect(job).toMatchObject({ lastResult: "failed", lastSummary: "The evidence host did not answer.", lockedBy: null });
    expect(job.nextRunAt.getTime()).toBeGreaterThan(Date.now() + DEFAULT_JOB_INTERVALS.expiry - 60_000);
  });
});
