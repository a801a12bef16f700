import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { errorMessage } from "../../lib/api-error.ts";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { DataTable, type TColumn } from "../../ui/DataTable.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { Section } from "../../ui/Section.tsx";
import { usePracticeCatalogue } from "../practices/shared/use-practice-catalogue.ts";
import { StatusCounts } from "./FindingStatusBadge.tsx";
import { askedOnly, findingLocation, groupByPractice, type TFindingGroup } from "./findings.ts";
import "./Evidence.css";

/**
 * What the latest scans of each source found about one component, a row per practice with its
 * fail/warn/pass counts and the finding that decides it (the first failure, else the first finding).
 * Findings about practices not asked of the component's kind are not evidence about it: left out.
 */
export function ComponentEvidence({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const findings = useQuery(trpc.evidence.findings.queryOptions({ component: slug }));
  const latestScan = useQuery(trpc.evidence.scans.queryOptions({ component: slug, limit: 1 })).data?.[0];
  const catalogue = usePracticeCatalogue();
  const practices = new Map((catalogue.data?.items ?? []).map((item) => [item.id, item.title]));
  const groups = findings.data ? groupByPractice(askedOnly(findings.data), [...practices.keys()]) : [];

  const columns: TColumn<TFindingGroup>[] = [
    { key: "practice", header: "Practice", cell: (group) => <Link to={paths.practiceItem(group.key)}>{practices.get(group.key) ?? group.key}</Link> },
    { key: "counts", header: "Findings", nowrap: true, cell: (group) => <StatusCounts counts={group.counts} compact /> },
    {
      key: "first",
      header: "What decides it",
      cell: (group) => {
        const first = group.findings[0]!;
        return (
          <span className="component-evidence__finding">
            {first.message} <span className="component-evidence__where mono">{findingLocation(first)}</span>
          </span>
        );
      },
    },
  ];

  return (
    <Section
      title="Evidence"
      count={findings.data ? groups.length : undefined}
      flush
      actions={
        <>
          {latestScan ? (
            <Link to={paths.evidenceScan(latestScan.id)} className="button button--small button--ghost">
              Latest scan
            </Link>
          ) : null}
          <Link to={paths.evidence} className="button button--small">
            Scan a source
          </Link>
        </>
      }
    >
      {findings.isPending ? (
        <Loading label="Loading evidence…" />
      ) : findings.isError ? (
        <p className="component-evidence__empty">Could not load the evidence: {errorMessage(findings.error)}</p>
      ) : groups.length === 0 ? (
        <p className="component-evidence__empty">No scan has found anything about this component yet. Scan its Kubernetes repository on the Evidence page, or run `topograph scan` in its pipeline.</p>
      ) : (
        <DataTable caption="Evidence by practice" columns={columns} rows={groups} rowKey={(group) => group.key} />
      )}
    </Section>
  );
}
