import type { TJobStatus } from "@topograph/domain";
import type { TBadgeTone } from "../../ui/Badge.tsx";

/** How a job's status reads on the jobs page, and its badge's tone. */
export const JOB_STATUS_LABELS: Record<TJobStatus, { label: string; tone: TBadgeTone }> = {
  running: { label: "Running", tone: "accent" },
  requested: { label: "Asked for", tone: "violet" },
  ok: { label: "Succeeded", tone: "success" },
  failed: { label: "Failed", tone: "danger" },
  "never-run": { label: "Never run", tone: "neutral" },
};

/** "850 ms", "4.2 s", "3 min 5 s": a run's duration, short. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/** A job's next run as people read it: overdue runs are "due now" (a replica takes them at its next poll). */
export function nextRunLabel(nextRunAt: string | Date, now: Date, relative: (value: Date) => string): string {
  const next = new Date(nextRunAt);
  return next.getTime() <= now.getTime() ? "Due now" : relative(next);
}
