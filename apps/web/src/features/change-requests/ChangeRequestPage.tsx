import { useMutation, useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { errorMessage, isNotFound } from "../../lib/api-error.ts";
import { formatDateTime } from "../../lib/format-date.ts";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { FactList } from "../../ui/FactList.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeader } from "../../ui/PageHeader.tsx";
import { Section } from "../../ui/Section.tsx";
// The two-column body and breadcrumb of entity pages.
import "../catalog/EntityDetailPage.css";
import { TeamLinks } from "../catalog/TeamLinks.tsx";
import { ChangeRequestDiff } from "./ChangeRequestDiff.tsx";
import { ChangeRequestEntity } from "./ChangeRequestEntity.tsx";
import { ChangeRequestStatusBadge } from "./ChangeRequestStatusBadge.tsx";
import { DecisionNote } from "./DecisionNote.tsx";
import { Person } from "./Person.tsx";
import { RaisedWhen } from "./RaisedWhen.tsx";
import { ReviewForm } from "./ReviewForm.tsx";
import { StaleWarning } from "./StaleWarning.tsx";
import { operationLabel, personOf, requestTitle } from "./change-request-labels.ts";
import type { TChangeRequestDetail } from "./change-request-types.ts";
import "./ChangeRequests.css";

/** One change request: what it changes and why, where it stands, and the owners' review or the requester's withdrawal. */
export function ChangeRequestPage() {
  const { id = "" } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.changeRequest.get.queryOptions({ id }));
  const request = result.data;
  useDocumentTitle(request ? requestTitle(request) : "Change request");

  if (result.isError && !request) {
    if (isNotFound(result.error)) {
      return (
        <EmptyState title="Change request not found." action={<Link to={paths.changeRequests()}>All change requests</Link>}>
          It may have been mistyped; requests are never deleted.
        </EmptyState>
      );
    }
    return (
      <ErrorBanner title="Could not load the change request." onRetry={() => void result.refetch()}>
        {errorMessage(result.error)}
      </ErrorBanner>
    );
  }
  if (!request) return <Loading label="Loading the change request…" />;
  return <ChangeRequestView request={request} />;
}

function ChangeRequestView({ request }: { request: TChangeRequestDetail }) {
  const trpc = useTRPC();
  const withdraw = useMutation(trpc.changeRequest.withdraw.mutationOptions());
  const requester = personOf(request.requester.label).name;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={paths.changeRequests()}>Change requests</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{requestTitle(request)}</span>
      </nav>
      <PageHeader
        eyebrow="Change request"
        title={requestTitle(request)}
        meta={
          <>
            <ChangeRequestStatusBadge status={request.status} />
            <span className="muted">
              Proposed by {requester} · <RaisedWhen at={request.createdAt} />
            </span>
          </>
        }
        actions={
          request.mayWithdraw ? (
            <button type="button" className="button" disabled={withdraw.isPending} onClick={() => withdraw.mutate({ id: request.id, version: request.version })}>
              {withdraw.isPending ? "Withdrawing…" : "Withdraw"}
            </button>
          ) : undefined
        }
      />
      <div className="detail-layout">
        <div className="detail-layout__main stack">
          {withdraw.error ? <ErrorBanner title="Could not withdraw.">{errorMessage(withdraw.error)}</ErrorBanner> : null}
          {request.stale ? <StaleWarning stale={request.stale} mayReview={request.mayReview} /> : null}
          <DecisionNote request={request} />
          <Section title="Reason">
            <p className="change-request__reason">{request.reason}</p>
          </Section>
          <Section title="Proposed changes" flush>
            <ChangeRequestDiff changes={request.changes} staleFields={request.stale?.fields} />
          </Section>
          {request.mayReview ? (
            <Section title="Review">
              <ReviewForm request={request} />
            </Section>
          ) : null}
        </div>
        <aside className="detail-layout__aside" aria-label="About this change request">
          <FactList
            facts={[
              { label: "Entity", value: <ChangeRequestEntity entity={request.entity} /> },
              { label: "Change", value: operationLabel(request.operation) },
              { label: "Requested by", value: <Person label={request.requester.label} /> },
              { label: "Owners", value: <TeamLinks teams={request.ownerTeams} none="No owner team" /> },
              { label: "Status", value: <ChangeRequestStatusBadge status={request.status} /> },
              { label: "Raised", value: formatDateTime(request.createdAt) },
              ...(request.decidedAt ? [{ label: "Decided", value: formatDateTime(request.decidedAt) }] : []),
            ]}
          />
        </aside>
      </div>
    </>
  );
}
