import { describe, expect, it } from "vitest";
import { planningCatalogOf, snapshotOf } from "../demo/demo-snapshot.ts";
import { catalogSnapshotOf } from "./planning-catalog.ts";

describe("the graph snapshot inside a planning catalog", () => {
  it("is the catalog snapshot itself, without the planner's members, complexity, overrides and interactions", () => {
    const planning = planningCatalogOf();
    expect(planning.teams.some((t) => t.members.length > 0)).toBe(true);
    expect(catalogSnapshotOf(planning)).toEqual(snapshotOf());
  });
});
