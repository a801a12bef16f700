import "./Loading.css";

/** A polite live region, so screen readers hear what is loading, with a quiet spinner for everyone else. */
export function Loading({ label }: { label: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="loading__spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
