import { describe, expect, it } from "vitest";
import { auditExportFileName } from "./audit-export.ts";

describe("auditExportFileName", () => {
  it("names the file by the day it was exported and its format", () => {
    expect(auditExportFileName("csv", new Date(2026, 0, 5, 13))).toBe("audit-log-2026-01-05.csv");
    expect(auditExportFileName("jsonl", new Date(2026, 10, 24))).toBe("audit-log-2026-11-24.jsonl");
  });
});
