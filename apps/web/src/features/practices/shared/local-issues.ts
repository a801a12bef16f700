import type { TFieldIssue } from "../../../lib/api-error.ts";

/**
 * Checks the browser makes before asking the server, dressed as the server's own validation error,
 * so the form shows them exactly where and how it shows the server's (next to the field named by
 * `path`, a summary on top). Null when there is nothing to say.
 */
export function localValidationError(issues: TFieldIssue[]): Error | null {
  if (issues.length === 0) return null;
  const error = new Error(issues.map((issue) => issue.message).join(" "));
  return Object.assign(error, { data: { code: "BAD_REQUEST", httpStatus: 400, appCode: "INVALID", issues } });
}
