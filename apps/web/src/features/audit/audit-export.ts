import type { TAuditExportFormat } from "@topograph/domain";

/** "audit-log-2026-11-24.csv": what was exported and when, in the reader's calendar. */
export function auditExportFileName(format: TAuditExportFormat, now: Date = new Date()): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, "0")).join("-");
  return `audit-log-${day}.${format}`;
}
