import type { TAuditEntry } from "./entry.ts";
import type { TAuditExportFormat } from "./query.ts";

const CSV_COLUMNS = ["id", "at", "actorUserId", "actorLabel", "via", "action", "entityKind", "entityKey", "entityName", "before", "after", "correlationId"] as const;

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : typeof value === "object" ? JSON.stringify(value) : String(value);
  // A cell a spreadsheet would run as a formula is prefixed with a quote mark (CSV injection).
  const inert = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

/** RFC 4180 CSV with a header row; before and after are JSON in their cells. */
export function auditToCsv(entries: readonly TAuditEntry[]): string {
  const rows = entries.map((entry) => CSV_COLUMNS.map((column) => csvCell(entry[column])).join(","));
  return [CSV_COLUMNS.join(","), ...rows].join("\r\n") + "\r\n";
}

/** One JSON object per line. */
export function auditToJsonl(entries: readonly TAuditEntry[]): string {
  return entries.map((entry) => JSON.stringify(entry) + "\n").join("");
}

export function formatAuditExport(entries: readonly TAuditEntry[], format: TAuditExportFormat): { contentType: string; body: string } {
  return format === "csv" ? { contentType: "text/csv", body: auditToCsv(entries) } : { contentType: "application/x-ndjson", body: auditToJsonl(entries) };
}
