import { describe, expect, it } from "vitest";
import { diffSections } from "./diff-lines.ts";
import type { TCatalogDiff } from "./planning-types.ts";

const empty: TCatalogDiff = {
  teamsAdded: [],
  teamsRemoved: [],
  teamsChanged: [],
  memberships: [],
  componentOwners: [],
  solutionAreaTeams: [],
  ownershipModes: [],
  interactions: [],
  repositoryOwners: [],
  namespaceOwners: [],
};
const names: Record<string, string> = { "team-a": "Team A", "team-b": "Team B" };
const teamName = (slug: string) => names[slug] ?? slug;

describe("diffSections", () => {
  it("says nothing for an empty diff", () => {
    expect(diffSections(empty, teamName)).toEqual([]);
  });

  it("puts each difference in words, naming teams", () => {
    const sections = diffSections(
      {
        ...empty,
        teamsAdded: [{ slug: "team-c", name: "Team C", type: "platform" }],
        teamsRemoved: [{ slug: "team-b", name: "Team B", successor: "team-a" }],
        teamsChanged: [{ slug: "team-a", name: { from: "Team A", to: "Payments" }, type: { from: "stream-aligned", to: "enabling" } }],
        memberships: [{ email: "ken@example.com", name: "Ken", role: "", team: "team-a", change: "join" }],
        componentOwners: [{ slug: "b-service", from: ["team-b"], to: ["team-a"] }],
        ownershipModes: [{ slug: "b-service", from: null, to: "strong" }],
        interactions: [{ teamSlug: "team-a", withTeamSlug: "team-b", from: "x-as-a-service", to: null }],
        namespaceOwners: [{ slug: "prd-b", from: [], to: ["team-a"] }],
      },
      teamName,
    );
    expect(sections).toEqual([
      { title: "Teams created", lines: ["Team C (Platform)"] },
      { title: "Teams removed", lines: ["Team B: its work goes to Team A"] },
      { title: "Teams changed", lines: ["Team A is renamed Payments", "Team A: Stream-aligned → Enabling"] },
      { title: "Members", lines: ["Ken (ken@example.com) joins Team A"] },
      { title: "Component owners", lines: ["b-service: Team B → Team A"] },
      { title: "Ownership modes", lines: ["b-service: organisation default → Strong ownership"] },
      { title: "Team interactions", lines: ["Team A and Team B: X-as-a-Service → none"] },
      { title: "Namespace owners (follow their components)", lines: ["prd-b: no team → Team A"] },
    ]);
  });
});
