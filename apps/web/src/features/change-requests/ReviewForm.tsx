import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage, fieldIssues } from "../../lib/api-error.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { FormIssuesProvider } from "../../ui/form/FormIssues.tsx";
import { TextAreaField } from "../../ui/form/TextAreaField.tsx";

type TDecision = "approve" | "reject";

/**
 * The owners' answer: approve (a comment is optional) or reject (a comment is required, so the
 * requester learns why). Both name the version seen, so two reviewers cannot both decide.
 */
export function ReviewForm({ request }: { request: { id: string; version: number } }) {
  const trpc = useTRPC();
  const [comment, setComment] = useState("");
  const [last, setLast] = useState<TDecision>("approve");
  const approve = useMutation(trpc.changeRequest.approve.mutationOptions());
  const reject = useMutation(trpc.changeRequest.reject.mutationOptions());
  const active = last === "approve" ? approve : reject;
  const pending = approve.isPending || reject.isPending;
  const decide = (decision: TDecision) => {
    setLast(decision);
    (decision === "approve" ? reject : approve).reset();
    const input = { id: request.id, version: request.version, comment };
    if (decision === "approve") approve.mutate(input);
    else reject.mutate(input);
  };
  const issues = active.error ? fieldIssues(active.error) : [];

  return (
    <form className="review-form" aria-label="Review this change request" noValidate onSubmit={(event) => event.preventDefault()}>
      <FormIssuesProvider issues={issues}>
        {(unclaimed) => (
          <>
            {active.error && (issues.length === 0 || unclaimed.length > 0) ? (
              <ErrorBanner title={last === "approve" ? "Could not approve." : "Could not reject."}>
                <p>{issues.length > 0 ? unclaimed.map((issue) => issue.message).join(" ") : errorMessage(active.error)}</p>
              </ErrorBanner>
            ) : null}
            <TextAreaField name="comment" label="Comment" value={comment} onChange={setComment} hint="Optional when approving; required to reject, so the requester learns why." />
            <div className="button-row">
              <button type="button" className="button button--primary" disabled={pending} onClick={() => decide("approve")}>
                {approve.isPending ? "Approving…" : "Approve"}
              </button>
              <button type="button" className="button button--danger-outline" disabled={pending} onClick={() => decide("reject")}>
                {reject.isPending ? "Rejecting…" : "Reject"}
              </button>
            </div>
          </>
        )}
      </FormIssuesProvider>
    </form>
  );
}
