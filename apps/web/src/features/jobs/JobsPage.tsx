import { useQuery } from "@tanstack/react-query";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeader } from "../../ui/PageHeader.tsx";
import { Section } from "../../ui/Section.tsx";
import { AdministratorsOnly } from "../identity/AdministratorsOnly.tsx";
import { JobRuns } from "./JobRuns.tsx";
import { JobTable } from "./JobTable.tsx";
import "./Jobs.css";

/** Scheduled jobs for administrators: last run, duration, result and next run of each, and a run by hand. */
export function JobsPage() {
  useDocumentTitle("Scheduled jobs");
  return <AdministratorsOnly what="see scheduled jobs">{() => <JobAdministration />}</AdministratorsOnly>;
}

function JobAdministration() {
  const trpc = useTRPC();
  // Every few seconds while a run is under way or asked for, so its outcome shows without a reload.
  const jobs = useQuery({
    ...trpc.job.list.queryOptions(),
    refetchInterval: (query) => (query.state.data?.some((job) => job.status === "running" || job.status === "requested") ? 1_500 : 30_000),
  });
  const now = new Date(jobs.dataUpdatedAt || Date.now());
  return (
    <>
      <PageHeader
        eyebrow="Administration"
        title="Scheduled jobs"
        description="Work the server does on its own. Every replica looks for due jobs; the database lets one replica run each, so a run never happens twice."
      />
      <div className="stack">
        {jobs.isPending ? <Loading label="Loading jobs…" /> : null}
        {jobs.error ? (
          <ErrorBanner title="Could not load the jobs." onRetry={() => void jobs.refetch()}>
            <p>{jobs.error.message}</p>
          </ErrorBanner>
        ) : null}
        {jobs.data ? (
          <>
            <Section title="Jobs" count={jobs.data.length} flush>
              <JobTable jobs={jobs.data} now={now} />
            </Section>
            <Section title="Recent runs">
              {jobs.data.map((job) => (
                <JobRuns key={job.name} job={job} />
              ))}
            </Section>
          </>
        ) : null}
      </div>
    </>
  );
}
