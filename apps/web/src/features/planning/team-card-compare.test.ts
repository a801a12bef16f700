import { describe, expect, it } from "vitest";
import type { TTeamCard } from "./planning-types.ts";
import { compareCards, listDelta } from "./team-card-compare.ts";

const card = (slug: string, change: Partial<TTeamCard> = {}): TTeamCard => ({
  slug,
  name: `Team ${slug}`,
  type: "stream-aligned",
  members: 5,
  components: [],
  repositories: [],
  boundedContexts: [],
  namespaces: [],
  fanIn: 0,
  fanOut: 0,
  meanScore: null,
  flags: [],
  ...change,
});

describe("listDelta", () => {
  it("marks what a team gains and lists what it loses", () => {
    expect(listDelta(["a", "b"], ["b", "c"])).toEqual({ entries: [{ name: "b", added: false }, { name: "c", added: true }], removed: ["a"] });
  });

  it("marks nothing as gained for a team that did not exist", () => {
    expect(listDelta(undefined, ["a"])).toEqual({ entries: [{ name: "a", added: false }], removed: [] });
  });
});

describe("compareCards", () => {
  it("puts changed and new teams first and lists removed ones apart", () => {
    const baseline = [card("a"), card("b", { components: ["x"] }), card("c")];
    const scenario = [card("a"), card("b"), card("d")];
    const { teams, removed } = compareCards(baseline, scenario);
    expect(teams.map((t) => [t.card.slug, t.changed, t.baseline?.slug ?? null])).toEqual([
      ["b", true, "b"],
      ["d", true, null],
      ["a", false, "a"],
    ]);
    expect(removed.map((c) => c.slug)).toEqual(["c"]);
  });

  it("sees a changed figure or name as a change", () => {
    expect(compareCards([card("a")], [card("a", { fanIn: 1 })]).teams[0]!.changed).toBe(true);
    expect(compareCards([card("a")], [card("a", { name: "Renamed" })]).teams[0]!.changed).toBe(true);
  });
});
