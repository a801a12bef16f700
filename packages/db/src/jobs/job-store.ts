import { AppError, isClaimed, JOB_DESCRIPTIONS, JOB_NAMES, jobStatus, type TJobName } from "@topograph/domain";
import { Prisma } from "../generated/prisma/client.ts";
import type { TDb } from "../catalog/integrity.ts";

/**
 * Scheduled jobs, kept in the database so every replica sees the same schedule. The Job row is the
 * lock: claiming is one conditional UPDATE (due, and not held by a live claim), which the database
 * applies to one replica only, on SQLite and on PostgreSQL alike. A claim is a lease: the holder
 * renews it while it runs, and a replica that dies mid-run lets it lapse.
 */

/** Creates the rows of jobs that have none yet; each first runs at `firstRunAt`. Safe when replicas start together. */
export async function ensureJobs(db: TDb, names: readonly TJobName[], firstRunAt: Date): Promise<void> {
  const existing = new Set((await db.job.findMany({ select: { name: true } })).map((job) => job.name));
  for (const name of names.filter((n) => !existing.has(n))) {
    try {
      await db.job.create({ data: { name, nextRunAt: firstRunAt } });
    } catch (error) {
      // Another replica created it between our read and our write.
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
}

export interface TClaim {
  name: TJobName;
  runId: string;
  trigger: "schedule" | "hand";
  requestedBy: string | null;
  startedAt: Date;
}

/** Claims the job for `replica` when it is due and nobody holds it; null when another replica has it or it is not due. */
export async function claimJob(db: TDb, name: TJobName, replica: string, now: Date, leaseMs: number): Promise<TClaim | null> {
  const { count } = await db.job.updateMany({
    where: { name, nextRunAt: { lte: now }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
    data: { lockedBy: replica, lockedUntil: new Date(now.getTime() + leaseMs), lastStartedAt: now },
  });
  if (count === 0) return null;
  const job = await db.job.findUniqueOrThrow({ where: { name }, select: { requestedBy: true } });
  const trigger = job.requestedBy === null ? "schedule" : "hand";
  const run = await db.jobRun.create({ data: { jobName: name, trigger, requestedBy: job.requestedBy, replica, startedAt: now, result: "running" } });
  return { name, runId: run.id, trigger, requestedBy: job.requestedBy, startedAt: now };
}

/** Extends a claim the replica still holds; false when it lost it (its lease lapsed and another replica took over). */
export async function renewClaim(db: TDb, name: TJobName, replica: string, until: Date): Promise<boolean> {
  const { count } = await db.job.updateMany({ where: { name, lockedBy: replica }, data: { lockedUntil: until } });
  return count === 1;
}

export interface TRunOutcome {
  result: "ok" | "failed";
  summary: string;
  finishedAt: Date;
  nextRunAt: Date;
}

/** Records how the run went and releases the claim, if this replica still holds it. */
export async function finishJob(db: TDb, claim: TClaim, replica: string, outcome: TRunOutcome): Promise<void> {
  const durationMs = outcome.finishedAt.getTime() - claim.startedAt.getTime();
  const summary = outcome.summary.slice(0, 2000);
  await db.jobRun.update({ where: { id: claim.runId }, data: { finishedAt: outcome.finishedAt, durationMs, result: outcome.result, summary } });
  await db.job.updateMany({
    where: { name: claim.name, lockedBy: replica },
    data: { lockedBy: null, lockedUntil: null, lastFinishedAt: outcome.finishedAt, lastDurationMs: durationMs, lastResult: outcome.result, lastSummary: summary, nextRunAt: outcome.nextRunAt, requestedBy: null },
  });
}

/** Asks for a run as soon as a replica can take it; refused while a replica is running it. */
export async function requestJobRun(db: TDb, name: TJobName, requestedBy: string, now: Date): Promise<void> {
  const job = await db.job.findUnique({ where: { name } });
  if (job && isClaimed(job, now)) {
    throw new AppError("INVALID", `${JOB_DESCRIPTIONS[name].title} is running on ${job.lockedBy} since ${job.lastStartedAt?.toISOString() ?? "just now"}; wait for it to finish.`);
  }
  // No scheduler has started on this database yet: the row is made now.
  if (!job) await ensureJobs(db, [name], now);
  await db.job.update({ where: { name }, data: { nextRunAt: now, requestedBy } });
}

/** Every job with its schedule, claim, last outcome and recent runs, for the admin page. */
export async function listJobs(db: TDb, now: Date, recentRuns = 10) {
  const rows = await db.job.findMany({ include: { runs: { orderBy: { startedAt: "desc" }, take: recentRuns } } });
  // In the catalogue's order, which puts the jobs people look at most first.
  const jobs = rows.sort((a, b) => JOB_NAMES.indexOf(a.name as TJobName) - JOB_NAMES.indexOf(b.name as TJobName));
  return jobs.flatMap((job) => {
    const description = JOB_DESCRIPTIONS[job.name as TJobName];
    if (!description) return [];
    return [
      {
        name: job.name as TJobName,
        ...description,
        status: jobStatus(job, now),
        runningOn: isClaimed(job, now) ? job.lockedBy : null,
        nextRunAt: job.nextRunAt,
        requestedBy: job.requestedBy,
        lastStartedAt: job.lastStartedAt,
        lastFinishedAt: job.lastFinishedAt,
        lastDurationMs: job.lastDurationMs,
        lastResult: job.lastResult,
        lastSummary: job.lastSummary,
        runs: job.runs.map(({ id, trigger, requestedBy, replica, startedAt, finishedAt, durationMs, result, summary }) => ({ id, trigger, requestedBy, replica, startedAt, finishedAt, durationMs, result, summary })),
      },
    ];
  });
}
