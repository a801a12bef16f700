import { describe, expect, it } from "vitest";
import { auditEntityPath } from "./audit-entity-path.ts";

describe("auditEntityPath", () => {
  it("links catalog entries to their pages by slug", () => {
    expect(auditEntityPath("team", "team-b")).toBe("/teams/team-b");
    expect(auditEntityPath("bounded-context", "payments")).toBe("/bounded-contexts/payments");
    expect(auditEntityPath("namespace", "shop-prod")).toBe("/namespaces/shop-prod");
  });

  it("links the other kinds with a page to it, reading their composite keys", () => {
    expect(auditEntityPath("organisation", "org-1")).toBe("/settings");
    expect(auditEntityPath("scorecard", "production-readiness")).toBe("/scorecards/production-readiness");
    expect(auditEntityPath("checklist-answer", "component:b-service|scaling.pod.pdb")).toBe("/components/b-service/checklist");
    expect(auditEntityPath("checklist-answer", "organisation|scaling.pod.pdb")).toBe("/settings/checklist");
    expect(auditEntityPath("decision", "team:team-a|delivery.model")).toBe("/decisions/delivery.model");
    expect(auditEntityPath("team-interaction", "team-a|team-b")).toBe("/teams/team-a");
  });

  it("gives no link for kinds without a page", () => {
    expect(auditEntityPath("waiver", "w-1")).toBeNull();
    expect(auditEntityPath("context-relationship", "r-1")).toBeNull();
    expect(auditEntityPath("catalog", "bulk-load")).toBeNull();
  });
});
