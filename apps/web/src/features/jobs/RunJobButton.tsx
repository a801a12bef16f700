import { useMutation } from "@tanstack/react-query";
import { errorMessage } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { TListedJob } from "./JobTable.tsx";

/** Asks for a run now; the replica that claims it first runs it. Not offered while it runs or is already asked for. */
export function RunJobButton({ job }: { job: TListedJob }) {
  const trpc = useTRPC();
  const run = useMutation(trpc.job.run.mutationOptions());
  const busy = job.status === "running" || job.status === "requested" || run.isPending;
  return (
    <div className="job-run">
      <button type="button" className="button button--small" disabled={busy} onClick={() => run.mutate({ name: job.name })} aria-label={`Run ${job.title} now`}>
        {run.isPending ? "Asking…" : "Run now"}
      </button>
      {run.error ? (
        <p className="job-run__error" role="alert">
          {errorMessage(run.error)}
        </p>
      ) : null}
    </div>
  );
}
