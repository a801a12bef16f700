import type { ReactNode } from "react";
import "./ErrorBanner.css";

interface TErrorBannerProps {
  title?: string;
  children: ReactNode;
  /** A way out, e.g. "Try again" or "Reload". */
  action?: ReactNode;
}

/** An alert for a failure the user should read; announced when it appears. */
export function ErrorBanner({ title, children, action }: TErrorBannerProps) {
  return (
    <div className="error-banner" role="alert">
      <div className="error-banner__text">
        {title ? <p className="error-banner__title">{title}</p> : null}
        <div>{children}</div>
      </div>
      {action ? <div className="error-banner__action">{action}</div> : null}
    </div>
  );
}
