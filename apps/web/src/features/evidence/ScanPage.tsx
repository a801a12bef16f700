import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { errorMessage, isNotFound } from "../../lib/api-error.ts";
import { formatDateTime } from "../../lib/format-date.ts";
import { plural } from "../../lib/labels.ts";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { useSearchParamChanges } from "../../lib/use-search-param-changes.ts";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeader } from "../../ui/PageHeader.tsx";
import { Section } from "../../ui/Section.tsx";
import { EntityLink } from "../catalog/EntityLink.tsx";
import { usePracticeCatalogue } from "../practices/shared/use-practice-catalogue.ts";
import { Breadcrumb } from "../scorecards/shared/Breadcrumb.tsx";
import type { TFinding, TFindingStatus, TScan } from "./evidence-types.ts";
import { FindingGroups, type TGrouping } from "./FindingGroups.tsx";
import { FINDING_STATUS_LABELS, StatusCounts } from "./FindingStatusBadge.tsx";
import { askedOnly, countStatuses, FINDING_STATUSES, readStatusFilter, writeStatusFilter } from "./findings.ts";
import { ScanErrors } from "./ScanErrors.tsx";
import { ScanSource } from "./ScanSource.tsx";
import { sourceLabel } from "./source-label.ts";
import "./Evidence.css";

/** One scan: its findings by object or by practice, filtered by status, and the files it could not read. */
export function ScanPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const { searchParams, change: refine } = useSearchParamChanges();
  const findings = useQuery(trpc.evidence.findings.queryOptions({ scanId: id }));
  const scans = useQuery(trpc.evidence.scans.queryOptions({ scanId: id, limit: 1 }));
  const catalogue = usePracticeCatalogue();
  const scan = scans.data?.[0] ?? null;
  const title = scan ? `Scan of ${shortLocation(scan.sourceKey)}` : "Scan";
  useDocumentTitle(title);

  const by: TGrouping = searchParams.get("by") === "practice" ? "practice" : "object";
  const statuses = readStatusFilter(searchParams.get("status"));
  const toggleStatus = (status: TFindingStatus) =>
    refine({ status: writeStatusFilter(statuses.includes(status) ? statuses.filter((s) => s !== status) : [...statuses, status]) });
  const showNotAsked = searchParams.get("notAsked") !== "hide";

  if (findings.isError && isNotFound(findings.error)) return <ScanNotFound id={id} />;

  const practices = new Map((catalogue.data?.items ?? []).map((item) => [item.id, item.title]));
  const all = findings.data ?? [];
  const counts = countStatuses(askedOnly(all));
  const notAsked = all.length - askedOnly(all).length;
  const shows = (finding: TFinding) => statuses.includes(finding.status as TFindingStatus) && (showNotAsked || finding.asked);
  const shown = all.filter(shows);

  return (
    <>
      <Breadcrumb trail={[{ to: paths.evidence, label: "Evidence" }]} current={title} />
      <PageHeader eyebrow="Evidence scan" title={title} meta={scan ? <ScanMeta scan={scan} /> : null} />
      <div className="stack">
        {findings.isPending ? (
          <Loading label="Loading findings…" />
        ) : findings.isError ? (
          <ErrorBanner title="Could not load the findings." onRetry={() => void findings.refetch()}>
            {errorMessage(findings.error)}
          </ErrorBanner>
        ) : (
          <Section title="Findings" count={all.length}>
            {all.length === 0 ? (
              <EmptyState title="No findings">The scan found nothing its checks read: no Kubernetes manifests, GitOps files, CI pipelines or CODEOWNERS.</EmptyState>
            ) : (
              <div className="stack">
                <div className="scan-toolbar">
                  <div className="scan-toolbar__group" role="group" aria-label="Group findings">
                    <span className="scan-toolbar__label" aria-hidden="true">
                      Group by
                    </span>
                    {(["object", "practice"] as const).map((option) => (
                      <button
                        key={option}
                        type="button"
                        className={by === option ? "button button--small scan-toolbar__choice--on" : "button button--small button--ghost"}
                        aria-pressed={by === option}
                        onClick={() => refine({ by: option === "object" ? "" : option })}
                      >
                        {option === "object" ? "Object" : "Practice"}
                      </button>
                    ))}
                  </div>
                  <fieldset className="scan-toolbar__group">
                    <legend className="scan-toolbar__label">Show</legend>
                    {FINDING_STATUSES.map((status) => (
                      <label key={status} className="scan-toolbar__check">
                        <input type="checkbox" checked={statuses.includes(status)} onChange={() => toggleStatus(status)} />
                        {FINDING_STATUS_LABELS[status]} <span className="subtle">({counts[status]})</span>
                      </label>
                    ))}
                    {notAsked > 0 ? (
                      <label className="scan-toolbar__check" title="Findings about practices not asked of the component's kind: they do not count.">
                        <input type="checkbox" checked={showNotAsked} onChange={() => refine({ notAsked: showNotAsked ? "hide" : "" })} />
                        Not asked <span className="subtle">({notAsked})</span>
                      </label>
                    ) : null}
                  </fieldset>
                </div>
                {shown.length === 0 ? (
                  <EmptyState title="No finding is left to show">Tick another status above.</EmptyState>
                ) : (
                  <FindingGroups findings={all} shows={shows} by={by} practices={practices} />
                )}
              </div>
            )}
          </Section>
        )}
        {scan ? <ScanErrors errors={scan.errors} /> : null}
      </div>
    </>
  );
}

/** The last part of a path or URL, for the page title ("b-service-kubernetes"). */
function shortLocation(sourceKey: string): string {
  const { location } = sourceLabel(sourceKey);
  return location.replace(/[/\\]+$/, "").split(/[/\\]/).pop() || location;
}

function ScanMeta({ scan }: { scan: TScan }) {
  return (
    <div className="scan-meta">
      <ScanSource sourceKey={scan.sourceKey} />
      <span>
        <time dateTime={String(scan.finishedAt)}>{formatDateTime(scan.finishedAt)}</time>
      </span>
      {scan.commit ? (
        <span>
          commit <code title={scan.commit}>{scan.commit.slice(0, 10)}</code>
        </span>
      ) : null}
      <span>
        {scan.component ? (
          <>
            for <EntityLink kind="component" slug={scan.component.slug}>{scan.component.name}</EntityLink>
          </>
        ) : (
          "components by object name"
        )}
      </span>
      <span>{plural(scan.files, "file")}</span>
      <StatusCounts counts={scan} />
      <span className={scan.errors.length > 0 ? "scan-list__errors" : undefined}>{plural(scan.errors.length, "error")}</span>
    </div>
  );
}

function ScanNotFound({ id }: { id: string }) {
  useDocumentTitle("Scan not found");
  return (
    <EmptyState
      panel
      title="Scan not found"
      action={
        <Link to={paths.evidence} className="button">
          All scans
        </Link>
      }
    >
      <h1 className="visually-hidden">Scan not found</h1>
      No scan has the id <code>{id}</code>.
    </EmptyState>
  );
}
