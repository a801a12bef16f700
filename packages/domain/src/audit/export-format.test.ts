import { describe, expect, it } from "vitest";
import type { TAuditEntry } from "./entry.ts";
import { auditToCsv, auditToJsonl, formatAuditExport } from "./export-format.ts";

const entry: TAuditEntry = {
  id: "7",
  at: new Date("2026-11-24T09:00:00Z"),
  actorUserId: null,
  actorLabel: "anonymous",
  via: "ui",
  action: "update",
  entityKind: "team",
  entityKey: "payments",
  entityName: 'Payments, "core"',
  before: { name: "Payments" },
  after: { name: 'Payments, "core"' },
  correlationId: "c-1",
};

describe("audit export", () => {
  it("writes CSV with a header row, quoting cells with commas, quotes or line breaks", () => {
    const [header, row] = auditToCsv([entry]).split("\r\n");
    expect(header).toBe("id,at,actorUserId,actorLabel,via,action,entityKind,entityKey,entityName,before,after,correlationId");
    expect(row).toBe('7,2026-11-24T09:00:00.000Z,,anonymous,ui,update,team,payments,"Payments, ""core""","{""name"":""Payments""}","{""name"":""Payments, \\""core\\""""}",c-1');
  });

  it("renders a cell a spreadsheet would run as a formula inert", () => {
    expect(auditToCsv([{ ...entry, entityName: "=HYPERLINK(1)" }])).toContain(",'=HYPERLINK(1),");
  });

  it("writes JSON Lines, one entry per line, readable back", () => {
    const lines = auditToJsonl([entry, { ...entry, id: "8" }]).trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!)).toMatchObject({ id: "8", entityKey: "payments", before: { name: "Payments" } });
  });

  it("names the content type of each format", () => {
    expect(formatAuditExport([], "csv").contentType).toBe("text/csv");
    expect(formatAuditExport([], "jsonl")).toEqual({ contentType: "application/x-ndjson", body: "" });
  });
});
