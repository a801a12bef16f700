import { describe, expect, it } from "vitest";
import { readAuditFilters } from "../audit/audit-filters.ts";
import { changeRequestAuditPath, changeRequestEntityPath } from "./change-request-links.ts";

describe("changeRequestAuditPath", () => {
  it("links to the audit log filtered by the request's correlation id, as the log page reads it", () => {
    const path = changeRequestAuditPath("ck9x");
    expect(path).toBe("/audit?correlation=change-request%3Ack9x");
    expect(readAuditFilters(new URLSearchParams(path.split("?")[1]))).toEqual({ correlation: "change-request:ck9x" });
  });
});

describe("changeRequestEntityPath", () => {
  it("links to the entity's page, or to nothing for kinds without one", () => {
    expect(changeRequestEntityPath({ kind: "component", key: "a-service" })).toBe("/components/a-service");
    expect(changeRequestEntityPath({ kind: "checklist-answer", key: "component:a-service|scaling.pod.pdb" })).toBe("/components/a-service/checklist");
    expect(changeRequestEntityPath({ kind: "waiver", key: "w1" })).toBeNull();
  });
});
