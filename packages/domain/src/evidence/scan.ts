import type { TFinding, TScanResult, TSourceFile } from "./finding.ts";

/** A reader claims the files it understands and returns its findings and problems. */
export type TEvidenceReader = (files: readonly TSourceFile[]) => TScanResult;

const order = (a: TFinding, b: TFinding) => a.file.localeCompare(b.file) || a.line - b.line || a.checkId.localeCompare(b.checkId);

/** Runs every reader over the same files and merges what they found, in file and line order. */
export function scanWith(readers: readonly TEvidenceReader[], files: readonly TSourceFile[]): TScanResult {
  const results = readers.map((read) => read(files));
  return {
    files: files.length,
    findings: results.flatMap((r) => r.findings).sort(order),
    // Readers parse the same YAML file each, so one broken file would be reported once per reader.
    errors: [...new Map(results.flatMap((r) => r.errors).map((e) => [`${e.file}:${e.line}:${e.column}:${e.message}`, e])).values()].sort(
      (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
    ),
  };
}

export interface TScanSummary {
  pass: number;
  fail: number;
  warn: number;
}

export function summarise(findings: readonly TFinding[]): TScanSummary {
  const summary = { pass: 0, fail: 0, warn: 0 };
  for (const finding of findings) summary[finding.status] += 1;
  return summary;
}
