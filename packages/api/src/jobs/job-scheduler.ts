import { claimJob, ensureJobs, finishJob, renewClaim, runAudited, systemAuditContext, type TClaim } from "@topograph/db";
import { JOB_NAMES, nextRunAfter, type TJobIntervals, type TJobName } from "@topograph/domain";
import type { TJobBody, TJobEnvironment } from "./job-bodies.ts";

export interface TJobSchedulerOptions extends TJobEnvironment {
  /** Names this process on the admin page and in the Job row's claim (pod name, host and pid). */
  replica: string;
  intervals: TJobIntervals;
  bodies: Record<TJobName, TJobBody>;
  /** How often this replica looks for due jobs. */
  pollMs: number;
  /** How long a claim holds without renewal; renewed every third of it while the job runs. */
  leaseMs: number;
  onRun?: (event: { job: TJobName; trigger: "schedule" | "hand"; result: "ok" | "failed"; summary: string; durationMs: number }) => void;
  /** The database failed while claiming or releasing a job; the next poll tries again. */
  onError?: (error: unknown, job: TJobName) => void;
}

/**
 * Runs the jobs in this process. Every replica polls; the Job rows decide which replica runs a due
 * job (job-store.ts claims it with one conditional update), so a job runs on one replica at a time
 * and each due run happens once. Writes are audited as the system, one correlation per run.
 */
export class JobScheduler {
  private timer: NodeJS.Timeout | null = null;
  private readonly running = new Map<TJobName, Promise<void>>();
  private ticking: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly options: TJobSchedulerOptions) {}

  /** Creates missing job rows, due at once, then polls. */
  async start(): Promise<void> {
    await ensureJobs(this.options.db, JOB_NAMES, this.options.now());
    this.timer = setInterval(() => this.poke(), this.options.pollMs);
    this.timer.unref();
    this.poke();
  }

  /** Looks for due jobs now (a run asked for by hand need not wait for the next poll). */
  poke(): void {
    if (this.stopped || this.ticking) return;
    this.ticking = this.tick().finally(() => (this.ticking = null));
  }

  /** Stops polling and waits for the runs in progress, which release their claims as they finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.ticking;
    await Promise.all(this.running.values());
  }

  private async tick(): Promise<void> {
    for (const name of JOB_NAMES) {
      if (this.stopped || this.running.has(name)) continue;
      const claim = await claimJob(this.options.db, name, this.options.replica, this.options.now(), this.options.leaseMs).catch((error: unknown) => {
        this.options.onError?.(error, name);
        return null;
      });
      if (!claim) continue;
      const run = this.run(claim)
        .catch((error: unknown) => this.options.onError?.(error, name))
        .finally(() => this.running.delete(name));
      this.running.set(name, run);
    }
  }

  private async run(claim: TClaim): Promise<void> {
    const { db, replica, leaseMs, intervals, bodies, now } = this.options;
    const heartbeat = setInterval(() => void renewClaim(db, claim.name, replica, new Date(now().getTime() + leaseMs)).catch(() => {}), leaseMs / 3);
    let result: "ok" | "failed" = "ok";
    let summary: string;
    try {
      summary = await runAudited(systemAuditContext(), () => bodies[claim.name](this.options));
    } catch (error) {
      result = "failed";
      summary = error instanceof Error ? error.message : String(error);
    } finally {
      clearInterval(heartbeat);
    }
    const finishedAt = now();
    await finishJob(db, claim, replica, { result, summary, finishedAt, nextRunAt: nextRunAfter(finishedAt, intervals[claim.name]) });
    this.options.onRun?.({ job: claim.name, trigger: claim.trigger, result, summary, durationMs: finishedAt.getTime() - claim.startedAt.getTime() });
  }
}
