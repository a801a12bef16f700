import { describe, expect, it } from "vitest";
import { itemOptions, splitChoices, teamOptions } from "./operation-options.ts";
import type { TScenarioOptions } from "./planning-types.ts";

const options = {
  teams: [
    { slug: "team-a", name: "Team A", type: "stream-aligned", members: [{ email: "ann@example.com", name: "Ann", role: "" }] },
    { slug: "team-b", name: "Team B", type: "stream-aligned", members: [{ email: "ann@example.com", name: "Ann", role: "" }, { email: "bo@example.com", name: "Bo", role: "" }] },
  ],
  components: [{ slug: "a-service", name: "a-service", kind: "microservice", ownerSlugs: ["team-a"], ownershipMode: "strong", ownershipOverride: null }],
  repositories: [{ slug: "a-service-app", name: "a-service", kind: "application" }],
  boundedContexts: [{ slug: "context-b", name: "Context B", complexity: "simple", teamSlugs: ["team-b", "team-a"] }],
  namespaces: [{ slug: "prd-a", name: "a-service", clusterName: "Production" }],
  interactions: [],
} as unknown as TScenarioOptions;

describe("operation options", () => {
  it("labels items so look-alikes stay apart", () => {
    expect(teamOptions(options)).toEqual([
      { value: "team-a", label: "Team A" },
      { value: "team-b", label: "Team B" },
    ]);
    expect(itemOptions(options, "component")).toEqual([{ value: "a-service", label: "a-service — Team A" }]);
    expect(itemOptions(options, "repository")).toEqual([{ value: "a-service-app", label: "a-service (a-service-app)" }]);
    expect(itemOptions(options, "bounded-context")).toEqual([{ value: "context-b", label: "Context B — Team B, Team A" }]);
    expect(itemOptions(options, "namespace")).toEqual([{ value: "prd-a", label: "a-service (Production)" }]);
  });

  it("lists a person in two teams once", () => {
    expect(itemOptions(options, "member")).toEqual([
      { value: "ann@example.com", label: "Ann <ann@example.com> — Team A, Team B" },
      { value: "bo@example.com", label: "Bo <bo@example.com> — Team B" },
    ]);
  });

  it("offers a split only what the team holds", () => {
    expect(splitChoices(options, "team-b")).toEqual({
      components: [],
      boundedContexts: [{ value: "context-b", label: "Context B" }],
      members: [
        { value: "ann@example.com", label: "Ann" },
        { value: "bo@example.com", label: "Bo" },
      ],
    });
    expect(splitChoices(options, "nobody")).toEqual({ components: [], boundedContexts: [], members: [] });
  });
});
