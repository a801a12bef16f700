import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { errorMessage } from "../../lib/api-error.ts";
import { formatDateTime } from "../../lib/format-date.ts";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { DataTable, type TColumn } from "../../ui/DataTable.tsx";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { Section } from "../../ui/Section.tsx";
import { EntityLink } from "../catalog/EntityLink.tsx";
import type { TScan } from "./evidence-types.ts";
import { StatusCounts } from "./FindingStatusBadge.tsx";
import { ScanSource } from "./ScanSource.tsx";
import "./Evidence.css";

const columns: TColumn<TScan>[] = [
  {
    key: "when",
    header: "When",
    nowrap: true,
    cell: (scan) => (
      <Link to={paths.evidenceScan(scan.id)}>
        <time dateTime={String(scan.finishedAt)}>{formatDateTime(scan.finishedAt)}</time>
      </Link>
    ),
  },
  { key: "source", header: "Source", cell: (scan) => <ScanSource sourceKey={scan.sourceKey} /> },
  { key: "commit", header: "Commit", nowrap: true, cell: (scan) => (scan.commit ? <code title={scan.commit}>{scan.commit.slice(0, 10)}</code> : <span className="subtle">—</span>) },
  {
    key: "component",
    header: "Component",
    cell: (scan) => (scan.component ? <EntityLink kind="component" slug={scan.component.slug}>{scan.component.name}</EntityLink> : <span className="subtle">By object name</span>),
  },
  { key: "files", header: "Files", nowrap: true, cell: (scan) => scan.files },
  { key: "findings", header: "Findings", nowrap: true, cell: (scan) => <StatusCounts counts={scan} /> },
  {
    key: "errors",
    header: "Errors",
    nowrap: true,
    cell: (scan) => (scan.errors.length > 0 ? <span className="scan-list__errors">{scan.errors.length}</span> : <span className="subtle">0</span>),
  },
];

/** The latest scans, newest first, each linking to its findings. */
export function ScanList() {
  const trpc = useTRPC();
  const scans = useQuery(trpc.evidence.scans.queryOptions({ limit: 50 }));
  return (
    <Section title="Scans" count={scans.data?.length} flush>
      {scans.isPending ? (
        <Loading label="Loading scans…" />
      ) : scans.isError ? (
        <ErrorBanner title="Could not load the scans." onRetry={() => void scans.refetch()}>
          {errorMessage(scans.error)}
        </ErrorBanner>
      ) : scans.data.length === 0 ? (
        <EmptyState title="No scans yet">Scan a repository above, or run `topograph scan` in a pipeline.</EmptyState>
      ) : (
        <DataTable caption="Evidence scans, newest first" columns={columns} rows={scans.data} rowKey={(scan) => scan.id} stale={scans.isFetching && !scans.isPending} />
      )}
    </Section>
  );
}
