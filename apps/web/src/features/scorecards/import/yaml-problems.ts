import type { TFieldIssue } from "../../../lib/api-error.ts";

/** One problem of an imported file, as the import page lists it. */
export interface TYamlProblem {
  file: string | null;
  line: number | null;
  column: number | null;
  field: string | null;
  message: string;
}

// The server writes each problem as `file:line:col field: message` (the field is left out for the document itself).
const LOCATED = /^(.+?):(\d+):(\d+)(?: ([^\s:]+))?: ([\s\S]*)$/;

/** Splits the server's issues into file, line, column, field and message; issues without a position keep only a message. */
export function yamlProblems(issues: readonly TFieldIssue[]): TYamlProblem[] {
  return issues.map((issue) => {
    const match = LOCATED.exec(issue.message);
    if (!match) return { file: null, line: null, column: null, field: issue.path && issue.path !== "(input)" && issue.path !== "(document)" ? issue.path : null, message: issue.message };
    const [, file, line, column, field, message] = match;
    return { file: file!, line: Number(line), column: Number(column), field: field ?? null, message: message! };
  });
}
