/** An open request whose values moved on since it was raised: approving it would overwrite that change. */
export function StaleWarning({ stale, mayReview }: { stale: { message: string }; mayReview: boolean }) {
  return (
    <div className="change-request-callout change-request-callout--warning" role="status">
      <p className="change-request-callout__title">This request is stale</p>
      <p>{stale.message}</p>
      <p className="muted">
        {mayReview
          ? "Approving it would overwrite that change, so it cannot be approved: reject it and ask for a new one."
          : "The owners cannot approve it as it is; withdraw it and propose the change again."}
      </p>
    </div>
  );
}
