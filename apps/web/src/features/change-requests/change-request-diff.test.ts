import type { TProposedChange } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { changeRequestDiffRows, spansEntities } from "./change-request-diff.ts";

const descriptionEdit: TProposedChange = {
  entityKind: "component",
  entityKey: "a-service",
  entityName: "a-service",
  action: "update",
  before: { description: "Microservice A." },
  after: { description: "Serves <b>reports</b> too." },
};

describe("changeRequestDiffRows", () => {
  it("lists each changed field before → after, as text", () => {
    expect(changeRequestDiffRows([descriptionEdit])).toEqual([
      {
        key: "component:a-service:description",
        entityKind: "component",
        entityName: "a-service",
        action: "update",
        field: "description",
        label: "Description",
        before: "Microservice A.",
        after: "Serves <b>reports</b> too.",
      },
    ]);
  });

  it("reads lists and an emptied field as the audit log does", () => {
    const rows = changeRequestDiffRows([{ ...descriptionEdit, before: { ownerTeamSlugs: ["team-a"], lifecycle: "production" }, after: { ownerTeamSlugs: ["team-a", "team-b"], lifecycle: "" } }]);
    expect(rows.map(({ label, before, after }) => [label, before, after])).toEqual([
      ["Owner team slugs", "team-a", "team-a, team-b"],
      ["Lifecycle", "production", null],
    ]);
  });

  it("shows only what a create sets", () => {
    const rows = changeRequestDiffRows([{ entityKind: "waiver", entityKey: "w1", entityName: "", action: "create", before: null, after: { reason: "Legacy", ruleId: "has-owner", id: "w1", note: "" } }]);
    expect(rows.map(({ entityName, field, before, after }) => [entityName, field, before, after])).toEqual([
      ["w1", "reason", null, "Legacy"],
      ["w1", "ruleId", null, "has-owner"],
    ]);
  });

  it("marks a field whose value moved on since the request was raised, with its value now", () => {
    const [row] = changeRequestDiffRows([descriptionEdit], [{ entityName: "a-service", field: "description", now: "Rewritten by the owners." }]);
    expect(row?.movedOnTo).toEqual({ now: "Rewritten by the owners." });
    expect(changeRequestDiffRows([descriptionEdit], [{ entityName: "b-service", field: "description" }])[0]?.movedOnTo).toBeUndefined();
  });
});

describe("spansEntities", () => {
  it("is true only when rows belong to more than one entity", () => {
    const one = changeRequestDiffRows([descriptionEdit]);
    expect(spansEntities(one)).toBe(false);
    expect(spansEntities([...one, ...changeRequestDiffRows([{ ...descriptionEdit, entityKey: "b-service", entityName: "b-service" }])])).toBe(true);
  });
});
