import { describe, expect, it } from "vitest";
import { describeObserved, observedChanges } from "./observed-changes.ts";

describe("observedChanges", () => {
  it("lists only the parts that differ, in words", () => {
    const drafted = JSON.stringify({ item: [["b-service", ["team-b"]]], to: true, from: null });
    const now = JSON.stringify({ item: [["b-service", ["team-b", "team-x"]]], to: true, from: null });
    expect(observedChanges(drafted, now)).toEqual([{ label: "Who holds the item", drafted: "b-service (team-b)", now: "b-service (team-b, team-x)" }]);
  });

  it("describes teams, flags and missing values", () => {
    expect(describeObserved({ name: "Team A", type: "platform", members: ["a@example.com"] })).toBe("name: Team A; type: platform; members: a@example.com");
    expect(describeObserved([true, false])).toBe("yes, no");
    expect(describeObserved(null)).toBe("none");
    expect(describeObserved([])).toBe("none");
  });

  it("copes with text that is not JSON", () => {
    expect(observedChanges("old", "new")).toEqual([{ label: "value", drafted: "old", now: "new" }]);
  });
});
