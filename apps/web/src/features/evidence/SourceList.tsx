import { useMutation, useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@topograph/api";
import { Link } from "react-router";
import { errorMessage } from "../../lib/api-error.ts";
import { formatDateTime } from "../../lib/format-date.ts";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { DataTable, type TColumn } from "../../ui/DataTable.tsx";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Section } from "../../ui/Section.tsx";
import { EntityLink } from "../catalog/EntityLink.tsx";
import { ScanSource } from "./ScanSource.tsx";

type TRegisteredSource = RouterOutputs["evidence"]["sources"][number];

function StopButton({ source }: { source: TRegisteredSource }) {
  const trpc = useTRPC();
  const stop = useMutation(trpc.evidence.unregisterSource.mutationOptions());
  return (
    <>
      <button type="button" className="button button--small button--danger-outline" disabled={stop.isPending} onClick={() => stop.mutate({ id: source.id })} aria-label={`Stop re-scanning ${source.sourceKey}`}>
        Stop re-scanning
      </button>
      {stop.error ? <p role="alert">{errorMessage(stop.error)}</p> : null}
    </>
  );
}

const columns: TColumn<TRegisteredSource>[] = [
  { key: "source", header: "Source", cell: (source) => <ScanSource sourceKey={source.sourceKey} /> },
  {
    key: "component",
    header: "Component",
    cell: (source) => (source.component ? <EntityLink kind="component" slug={source.component.slug}>{source.component.name}</EntityLink> : <span className="subtle">By object name</span>),
  },
  {
    key: "last",
    header: "Last read",
    cell: (source) =>
      source.lastError ? (
        <span className="source-list__error" role="note">
          Failed {source.lastScannedAt ? formatDateTime(source.lastScannedAt) : ""}: {source.lastError}
        </span>
      ) : source.lastScanId && source.lastScannedAt ? (
        <Link to={paths.evidenceScan(source.lastScanId)}>{formatDateTime(source.lastScannedAt)}</Link>
      ) : (
        <span className="subtle">Not yet</span>
      ),
  },
  { key: "by", header: "Registered by", cell: (source) => source.registeredBy },
  { key: "actions", header: "", cell: (source) => <StopButton source={source} /> },
];

/** Sources the server re-reads on schedule (the "Re-scan evidence sources" job); shown once there is one. */
export function SourceList() {
  const trpc = useTRPC();
  const sources = useQuery(trpc.evidence.sources.queryOptions());
  if (sources.isError) {
    return (
      <ErrorBanner title="Could not load the registered sources." onRetry={() => void sources.refetch()}>
        {errorMessage(sources.error)}
      </ErrorBanner>
    );
  }
  if (!sources.data || sources.data.length === 0) return null;
  return (
    <Section title="Re-scanned on schedule" count={sources.data.length} flush>
      <DataTable caption="Registered evidence sources" columns={columns} rows={sources.data} rowKey={(source) => source.id} />
    </Section>
  );
}
