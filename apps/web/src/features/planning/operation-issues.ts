import { errorData } from "../../lib/api-error.ts";

/** `operation.components.2` → `operation.components`: a list's issue belongs to the one field that picks the list. */
export const fieldPathOf = (path: string) => path.replace(/(\.\d+)+$/, "");

/**
 * The API error with each field issue moved to the field that shows it, so an issue about the third
 * component of a split lands under the components checkboxes. Other errors are returned as they are.
 */
export function withFieldPaths(error: unknown): unknown {
  const data = errorData(error);
  if (!data || data.issues.length === 0) return error;
  return { message: (error as Error).message, data: { ...data, issues: data.issues.map((issue) => ({ ...issue, path: fieldPathOf(issue.path) })) } };
}
