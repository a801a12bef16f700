import { describe, expect, it } from "vitest";
import { auditFieldChanges, clipText, fieldLabel, formatAuditValue } from "./audit-changes.ts";

describe("fieldLabel", () => {
  it("reads a stored field name as words", () => {
    expect(fieldLabel("contactChannel")).toBe("Contact channel");
    expect(fieldLabel("description")).toBe("Description");
    expect(fieldLabel("decisionPointId")).toBe("Decision point id");
  });
});

describe("clipText", () => {
  it("keeps short text and cuts long text at a word, with an ellipsis", () => {
    expect(clipText("Owns checkout", 20)).toBe("Owns checkout");
    expect(clipText("Owns checkout and payments for the shop", 20)).toBe("Owns checkout and…");
    expect(clipText("x".repeat(30), 20)).toBe(`${"x".repeat(20)}…`);
  });
});

describe("formatAuditValue", () => {
  it("shows text, numbers and yes/no as they are, and nothing for null, empty text and empty lists", () => {
    expect(formatAuditValue("Payments")).toBe("Payments");
    expect(formatAuditValue(3)).toBe("3");
    expect(formatAuditValue(true)).toBe("yes");
    expect(formatAuditValue(null)).toBeNull();
    expect(formatAuditValue("")).toBeNull();
    expect(formatAuditValue([])).toBeNull();
  });

  it("joins lists, and reads related rows by their filled-in values", () => {
    expect(formatAuditValue(["team-a", "team-b"])).toBe("team-a, team-b");
    expect(formatAuditValue([{ name: "Bo", email: "bo@example.com", role: "" }])).toBe("Bo · bo@example.com");
  });

  it("shows a flat object as key: value pairs and anything deeper as JSON", () => {
    expect(formatAuditValue({ tier: "1", pci: true, owner: null })).toBe("tier: 1, pci: yes, owner: none");
    expect(formatAuditValue({ kind: "git", at: { path: "k8s" } })).toBe('{"kind":"git","at":{"path":"k8s"}}');
  });

  it("keeps markup as the text it is (React escapes it when shown)", () => {
    expect(formatAuditValue("<img src=x onerror=alert(1)>")).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("auditFieldChanges", () => {
  it("shows an update's changed fields before and after, a cleared field as no value", () => {
    const changes = auditFieldChanges({ action: "update", before: { description: "Old", contactChannel: "#team" }, after: { description: "New", contactChannel: "" } });
    expect(changes).toEqual([
      { field: "description", label: "Description", before: "Old", after: "New" },
      { field: "contactChannel", label: "Contact channel", before: "#team", after: null },
    ]);
  });

  it("shows what a create set, leaving out empty fields and bookkeeping", () => {
    const changes = auditFieldChanges({ action: "create", before: null, after: { name: "Team C", description: "", members: [], version: 1, type: "platform" } });
    expect(changes).toEqual([
      { field: "name", label: "Name", before: null, after: "Team C" },
      { field: "type", label: "Type", before: null, after: "platform" },
    ]);
  });

  it("shows what a delete removed", () => {
    expect(auditFieldChanges({ action: "delete", before: { name: "Team C" }, after: null })).toEqual([{ field: "name", label: "Name", before: "Team C", after: null }]);
  });
});
