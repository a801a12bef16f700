import { Link } from "react-router";
import { ChangeRequestStatusBadge } from "./ChangeRequestStatusBadge.tsx";
import { RaisedWhen } from "./RaisedWhen.tsx";
import { personOf } from "./change-request-labels.ts";
import { changeRequestAuditPath } from "./change-request-links.ts";
import type { TChangeRequestDetail } from "./change-request-types.ts";

const TONE = { approved: "success", rejected: "danger", withdrawn: "neutral" } as const;

/** How a closed request ended: who decided and when, their comment, and for an approval where its writes are recorded. */
export function DecisionNote({ request }: { request: TChangeRequestDetail }) {
  if (request.status === "open") return null;
  const by = request.status === "withdrawn" ? null : request.reviewer;
  return (
    <section className={`change-request-callout change-request-callout--${TONE[request.status]}`} aria-label="Decision">
      <p className="change-request-callout__title">
        <ChangeRequestStatusBadge status={request.status} />
        {by ? <span> by {personOf(by.label).name}</span> : null}
        {request.decidedAt ? (
          <span className="change-request-callout__when">
            {" "}
            · <RaisedWhen at={request.decidedAt} />
          </span>
        ) : null}
      </p>
      {request.reviewComment ? <blockquote className="change-request-callout__comment">{request.reviewComment}</blockquote> : null}
      {request.status === "approved" ? (
        <p>
          The change was applied as {by ? personOf(by.label).name : "the reviewer"}. <Link to={changeRequestAuditPath(request.id)}>See in the audit log</Link>
        </p>
      ) : null}
    </section>
  );
}
