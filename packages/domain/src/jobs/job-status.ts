/** A job as its row stands: schedule, claim and last outcome. */
export interface TJobState {
  nextRunAt: Date;
  lockedBy: string | null;
  lockedUntil: Date | null;
  lastResult: string | null;
  requestedBy: string | null;
}

/** never-run and ok/failed describe the last finished run; running wins while a live claim is held. */
export type TJobStatus = "running" | "requested" | "ok" | "failed" | "never-run";

/** A claim counts only until its lease runs out: a replica that died mid-run does not block the job for ever. */
export function isClaimed(job: Pick<TJobState, "lockedBy" | "lockedUntil">, now: Date): boolean {
  return job.lockedBy !== null && job.lockedUntil !== null && job.lockedUntil.getTime() > now.getTime();
}

export function jobStatus(job: TJobState, now: Date): TJobStatus {
  if (isClaimed(job, now)) return "running";
  if (job.requestedBy !== null) return "requested";
  if (job.lastResult === "ok" || job.lastResult === "failed") return job.lastResult;
  return "never-run";
}

/** The next scheduled run counts from when the last one finished, so a slow run never overlaps the next. */
export function nextRunAfter(finishedAt: Date, intervalMs: number): Date {
  return new Date(finishedAt.getTime() + intervalMs);
}
