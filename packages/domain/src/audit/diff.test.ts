import { describe, expect, it } from "vitest";
import { auditDiff } from "./diff.ts";

describe("auditDiff", () => {
  it("keeps the full row for a create and a delete", () => {
    expect(auditDiff("create", null, { name: "Payments", type: "stream-aligned" })).toEqual({ before: null, after: { name: "Payments", type: "stream-aligned" } });
    expect(auditDiff("delete", { name: "Payments" }, null)).toEqual({ before: { name: "Payments" }, after: null });
  });

  it("keeps only the changed fields of an update, on both sides", () => {
    expect(auditDiff("update", { name: "Payments", type: "platform", members: ["a"] }, { name: "Payments", type: "enabling", members: ["a", "b"] })).toEqual({
      before: { type: "platform", members: ["a"] },
      after: { type: "enabling", members: ["a", "b"] },
    });
  });

  it("names a field that appeared or disappeared with null on the other side", () => {
    expect(auditDiff("update", { note: "x" }, { label: "y" })).toEqual({ before: { note: "x", label: null }, after: { note: null, label: "y" } });
  });

  it("finds no change when only bookkeeping moved", () => {
    expect(auditDiff("update", { name: "A", version: 1, updatedAt: "t1" }, { name: "A", version: 2, updatedAt: "t2" })).toBeNull();
  });
});
