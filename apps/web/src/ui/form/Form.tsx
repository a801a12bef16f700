import { type ReactNode, useEffect, useRef } from "react";
import { Link } from "react-router";
import { errorData, errorMessage, fieldIssues, isStaleVersion } from "../../lib/api-error.ts";
import { ErrorBanner } from "../ErrorBanner.tsx";
import { FormIssuesProvider } from "./FormIssues.tsx";
import "./Form.css";

interface TFormProps {
  /** Names the form for assistive tech, e.g. "Edit team". */
  label: string;
  /** The last failed save, as the API client reported it. */
  error: unknown;
  submitting: boolean;
  submitLabel: string;
  /** The button's label while the write runs; "Saving…" unless the form says otherwise. */
  submittingLabel?: string;
  cancelTo?: string;
  /** For forms inside a page (no page to go back to): closes the form. */
  onCancel?: () => void;
  onSubmit: () => void;
  /** Offered when the entry changed under the user: fetch it again and start over. */
  onReload?: () => void;
  children: ReactNode;
}

/**
 * The frame every form shares: no native validation (the server's messages are the ones shown),
 * field issues routed to their fields, the rest listed at the top, and focus moved to the first
 * problem after a failed save.
 */
export function Form({ label, error, submitting, submitLabel, submittingLabel = "Saving…", cancelTo, onCancel, onSubmit, onReload, children }: TFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const issues = error ? fieldIssues(error) : [];

  useEffect(() => {
    if (!error || !formRef.current) return;
    const target = formRef.current.querySelector<HTMLElement>('[aria-invalid="true"]') ?? formRef.current.querySelector<HTMLElement>(".form__error");
    target?.focus();
  }, [error]);

  return (
    <form
      ref={formRef}
      className="form"
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!submitting) onSubmit();
      }}
    >
      <FormIssuesProvider issues={issues}>
        {(unclaimed) => (
          <>
            {error ? (
              <div className="form__error" tabIndex={-1}>
                <ErrorBanner
                  title={bannerTitle(error)}
                  action={
                    isStaleVersion(error) && onReload ? (
                      <button type="button" className="button button--small" onClick={onReload}>
                        Reload
                      </button>
                    ) : undefined
                  }
                >
                  {issues.length > 0 ? (
                    unclaimed.length > 0 ? (
                      <ul>
                        {unclaimed.map((issue) => (
                          <li key={`${issue.path}:${issue.message}`}>{issue.path === "(input)" ? issue.message : `${issue.path}: ${issue.message}`}</li>
                        ))}
                      </ul>
                    ) : (
                      <p>The messages are shown next to the fields below.</p>
                    )
                  ) : (
                    <p>{errorMessage(error)}</p>
                  )}
                </ErrorBanner>
              </div>
            ) : null}
            {children}
            <div className="form__actions button-row">
              <button type="submit" className="button button--primary" disabled={submitting}>
                {submitting ? submittingLabel : submitLabel}
              </button>
              {cancelTo ? (
                <Link to={cancelTo} className="button">
                  Cancel
                </Link>
              ) : null}
              {onCancel ? (
                <button type="button" className="button" onClick={onCancel}>
                  Cancel
                </button>
              ) : null}
            </div>
          </>
        )}
      </FormIssuesProvider>
    </form>
  );
}

function bannerTitle(error: unknown): string {
  const data = errorData(error);
  if (data && data.issues.length > 0) return "Some fields need your attention.";
  if (data?.appCode === "STALE_VERSION") return "Someone else changed this entry.";
  if (data?.appCode === "DUPLICATE") return "That already exists.";
  return "Could not save.";
}
