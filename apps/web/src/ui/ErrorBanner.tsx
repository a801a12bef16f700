import type { ReactNode } from "react";
import "./ErrorBanner.css";

interface TErrorBannerProps {
  title?: string;
  children: ReactNode;
  /** A way out, e.g. "Reload". */
  action?: ReactNode;
  /** Offers "Try again", which calls this (typically a query's refetch). */
  onRetry?: () => void;
}

/** An alert for a failure the user should read; announced when it appears. */
export function ErrorBanner({ title, children, action, onRetry }: TErrorBannerProps) {
  const retry = onRetry ? (
    <button type="button" className="button button--small" onClick={onRetry}>
      Try again
    </button>
  ) : null;
  return (
    <div className="error-banner" role="alert">
      <div className="error-banner__text">
        {title ? <p className="error-banner__title">{title}</p> : null}
        <div>{children}</div>
      </div>
      {action || retry ? (
        <div className="error-banner__action">
          {action}
          {retry}
        </div>
      ) : null}
    </div>
  );
}
