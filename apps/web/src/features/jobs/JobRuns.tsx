import { formatDateTime } from "../../lib/format-date.ts";
import { Badge } from "../../ui/Badge.tsx";
import { DataTable } from "../../ui/DataTable.tsx";
import { formatDuration, JOB_STATUS_LABELS } from "./job-labels.ts";
import type { TListedJob } from "./JobTable.tsx";

/** A job's recent runs, newest first: when, where, by whom and how each went. */
export function JobRuns({ job }: { job: TListedJob }) {
  return (
    <details className="job-runs">
      <summary>
        {job.title}: last {job.runs.length} run{job.runs.length === 1 ? "" : "s"}
      </summary>
      <DataTable
        caption={`Recent runs of ${job.title}`}
        rows={job.runs}
        rowKey={(run) => run.id}
        columns={[
          { key: "started", header: "Started", nowrap: true, cell: (run) => formatDateTime(run.startedAt) },
          { key: "trigger", header: "By", cell: (run) => (run.trigger === "hand" ? `Hand (${run.requestedBy ?? "unknown"})` : "Schedule") },
          { key: "replica", header: "Replica", cell: (run) => <code>{run.replica}</code> },
          { key: "duration", header: "Took", nowrap: true, cell: (run) => formatDuration(run.durationMs) },
          {
            key: "result",
            header: "Result",
            cell: (run) => {
              const shown = run.result === "running" ? JOB_STATUS_LABELS.running : JOB_STATUS_LABELS[run.result === "ok" ? "ok" : "failed"];
              return (
                <>
                  <Badge tone={shown.tone}>{shown.label}</Badge> {run.summary}
                </>
              );
            },
          },
        ]}
      />
    </details>
  );
}
