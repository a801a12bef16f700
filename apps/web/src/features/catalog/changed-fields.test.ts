import { describe, expect, it } from "vitest";
import { changedFields } from "./changed-fields.ts";

describe("changedFields", () => {
  it("keeps only the fields whose value differs", () => {
    expect(changedFields({ name: "A", type: "platform", members: [] }, { name: "B", type: "platform", members: [] })).toEqual({ name: "B" });
  });

  it("compares relation lists by content, so an untouched list is not resent", () => {
    const base = { ownerTeamSlugs: ["team-a"], dependencies: [{ componentSlug: "b-service", style: "sync" }] };
    expect(changedFields(base, structuredClone(base))).toEqual({});
    expect(changedFields(base, { ...base, dependencies: [{ componentSlug: "b-service", style: "async" }] })).toEqual({
      dependencies: [{ componentSlug: "b-service", style: "async" }],
    });
  });

  it("sends a cleared override as null, which the server reads as 'follow the default'", () => {
    expect(changedFields({ ownershipMode: "strong" as string | null }, { ownershipMode: null })).toEqual({ ownershipMode: null });
  });
});
