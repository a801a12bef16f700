import type { RouterOutputs } from "@topograph/api";
import { formatDateTime } from "../../lib/format-date.ts";
import { Badge } from "../../ui/Badge.tsx";
import { DataTable } from "../../ui/DataTable.tsx";
import { formatRelativeTime } from "../../lib/relative-time.ts";
import { formatDuration, JOB_STATUS_LABELS, nextRunLabel } from "./job-labels.ts";
import { RunJobButton } from "./RunJobButton.tsx";

export type TListedJob = RouterOutputs["job"]["list"][number];

function JobStatus({ job }: { job: TListedJob }) {
  const { label, tone } = JOB_STATUS_LABELS[job.status];
  const where = job.status === "running" && job.runningOn ? `on ${job.runningOn}` : job.status === "requested" && job.requestedBy ? `by ${job.requestedBy}` : null;
  return (
    <>
      <Badge tone={tone}>{label}</Badge>
      {where ? <span className="muted job-table__where"> {where}</span> : null}
    </>
  );
}

/** Every job: what it does, how its last run went, and when it runs next. */
export function JobTable({ jobs, now }: { jobs: TListedJob[]; now: Date }) {
  return (
    <DataTable
      caption="Scheduled jobs"
      rows={jobs}
      rowKey={(job) => job.name}
      columns={[
        {
          key: "job",
          header: "Job",
          cell: (job) => (
            <>
              <strong>{job.title}</strong>
              <p className="muted job-table__description">{job.description}</p>
            </>
          ),
        },
        { key: "status", header: "Status", nowrap: true, cell: (job) => <JobStatus job={job} /> },
        {
          key: "last",
          header: "Last run",
          cell: (job) =>
            job.lastStartedAt ? (
              <>
                <time dateTime={new Date(job.lastStartedAt).toISOString()} title={formatDateTime(job.lastStartedAt)}>
                  {formatRelativeTime(job.lastStartedAt, now)}
                </time>
                <span className="muted"> · took {formatDuration(job.lastDurationMs)}</span>
                {job.lastSummary ? <p className="job-table__summary">{job.lastSummary}</p> : null}
              </>
            ) : (
              <span className="muted">Not yet</span>
            ),
        },
        {
          key: "next",
          header: "Next run",
          nowrap: true,
          cell: (job) => (
            <time dateTime={new Date(job.nextRunAt).toISOString()} title={formatDateTime(job.nextRunAt)}>
              {nextRunLabel(job.nextRunAt, now, (next) => formatRelativeTime(next, now))}
            </time>
          ),
        },
        { key: "actions", header: "", cell: (job) => <RunJobButton job={job} /> },
      ]}
    />
  );
}
