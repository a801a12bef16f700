import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { errorMessage } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { DataTable } from "../../ui/DataTable.tsx";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeader } from "../../ui/PageHeader.tsx";
// The card every list page sits in.
import "../catalog/EntityListPage.css";
import { ChangeRequestViewTabs } from "./ChangeRequestViewTabs.tsx";
import { CHANGE_REQUEST_COLUMNS } from "./change-request-columns.tsx";
import { readView, type TChangeRequestView, VIEW_LABELS } from "./change-request-views.ts";
import { useMarkDecisionsSeen } from "./use-mark-decisions-seen.ts";
import "./ChangeRequests.css";

const EMPTY: Record<TChangeRequestView, { title: string; body: string }> = {
  "to-review": { title: "Nothing to review.", body: "Changes other teams propose to what your teams own show here, for you to approve or reject." },
  mine: { title: "You have not proposed any changes.", body: "When a save is refused because another team owns what it changes, the form offers to propose it to them." },
  all: { title: "No change requests yet.", body: "Requests show here once someone proposes a change to what another team owns." },
};

/** Change requests newest first: those waiting for the user's review, their own, or all; the view is in the URL. */
export function ChangeRequestListPage() {
  useDocumentTitle("Change requests");
  const trpc = useTRPC();
  const [searchParams] = useSearchParams();
  const view = readView(searchParams);
  // Keep the current rows on screen while another view loads.
  const list = useQuery({ ...trpc.changeRequest.list.queryOptions({ view }), placeholderData: keepPreviousData });
  useMarkDecisionsSeen(view);

  return (
    <>
      <PageHeader
        title="Change requests"
        description="Changes proposed by people outside the teams that strongly own what they change. The owners approve them, which applies the change as theirs, or reject them with a comment."
      />
      <ChangeRequestViewTabs view={view} />
      <div className="list-card">
        {list.isError && !list.data ? (
          <div className="list-card__message">
            <ErrorBanner title="Could not load the change requests." onRetry={() => void list.refetch()}>
              {errorMessage(list.error)}
            </ErrorBanner>
          </div>
        ) : !list.data ? (
          <Loading label="Loading change requests…" />
        ) : list.data.length === 0 && !list.isPlaceholderData ? (
          <EmptyState title={EMPTY[view].title}>{EMPTY[view].body}</EmptyState>
        ) : (
          <DataTable caption={`Change requests: ${VIEW_LABELS[view]}`} columns={CHANGE_REQUEST_COLUMNS} rows={list.data} rowKey={(request) => request.id} stale={list.isPlaceholderData} />
        )}
      </div>
    </>
  );
}
