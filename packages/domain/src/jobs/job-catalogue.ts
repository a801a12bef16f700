/** The work the server does on a schedule. Each job runs on one replica at a time (its Job row is the lock). */
export const JOB_NAMES = ["score-snapshots", "evidence-rescan", "expiry", "session-cleanup"] as const;
export type TJobName = (typeof JOB_NAMES)[number];

export interface TJobDescription {
  title: string;
  description: string;
}

export const JOB_DESCRIPTIONS: Record<TJobName, TJobDescription> = {
  "score-snapshots": {
    title: "Score snapshots",
    description: "Records every entity's score on every scorecard: a snapshot when a result changed and at least one a day, so trends have a point per day.",
  },
  "evidence-rescan": {
    title: "Re-scan evidence sources",
    description: "Reads every registered repository path or git URL again and replaces its findings and facts; a git source at an unchanged commit is left as it is.",
  },
  expiry: {
    title: "Waiver and initiative expiry",
    description: "Notes waivers whose expiry has passed (audit entry, scores recorded without them) and closes initiatives past their target date with their final outcome.",
  },
  "session-cleanup": {
    title: "Expired sessions",
    description: "Deletes sign-in sessions that have expired; they are refused anyway, this keeps the table small.",
  },
};

/** How often each job runs, in milliseconds; operators set them through the environment. */
export type TJobIntervals = Record<TJobName, number>;

export const DEFAULT_JOB_INTERVALS: TJobIntervals = {
  "score-snapshots": 60 * 60 * 1000,
  "evidence-rescan": 60 * 60 * 1000,
  expiry: 15 * 60 * 1000,
  "session-cleanup": 60 * 60 * 1000,
};

export function isJobName(name: string): name is TJobName {
  return (JOB_NAMES as readonly string[]).includes(name);
}
