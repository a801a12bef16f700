import { describe, expect, it } from "vitest";
import { handMadeCatalog } from "../testing/hand-made-catalog.ts";
import type { TPlanningCatalog } from "../planning-catalog.ts";
import { componentScoresFrom } from "./component-scores.ts";
import { contextTeams } from "./context-teams.ts";
import { conwayAlignment } from "./conway-alignment.ts";
import { coordinationFit } from "./coordination-fit.ts";
import { crossTeamDependencies } from "./cross-team-dependencies.ts";
import { domainHeuristics } from "./domain-heuristics.ts";
import type { TComponentScores, TMetric } from "./metric.ts";
import { ownershipCoverage } from "./ownership-coverage.ts";
import { ownershipFriction } from "./ownership-friction.ts";
import { relationshipFit } from "./relationship-fit.ts";
import { scorecardRollup } from "./scorecard-rollup.ts";
import { teamLoad } from "./team-load.ts";
import { teamShape } from "./team-shape.ts";

const measure = (metric: TMetric, catalog: TPlanningCatalog, options: { baseline?: TPlanningCatalog; scores?: TComponentScores } = {}) =>
  metric.compute({ catalog, baseline: options.baseline ?? catalog, componentScores: options.scores ?? new Map() });
const rows = (value: ReturnType<typeof measure>) => Object.fromEntries(value.rows.map((r) => [r.key, `${r.value} | ${r.note}`]));

describe("1. load per team", () => {
  it("sums components, repositories, contexts and namespaces owned, per member", () => {
    const catalog = handMadeCatalog({
      teams: { a: 2, b: 5, empty: 0 },
      contexts: { ctx: { teams: ["a"] } },
      components: { s1: { owners: ["a"], repositories: ["r1", "r2"], namespaces: ["n1"] }, s2: { owners: ["a"], repositories: ["r2"] }, s3: { owners: ["b"] } },
    });
    const load = measure(teamLoad, catalog);
    expect(rows(load)).toEqual({
      a: "3 | 2 components, 2 repositories, 1 bounded contexts, 1 namespaces; 2 members",
      b: "0.2 | 1 components, 0 repositories, 0 bounded contexts, 0 namespaces; 5 members",
      empty: "0 | 0 components, 0 repositories, 0 bounded contexts, 0 namespaces; 0 members",
    });
    expect(load.value).toBe(3);
  });
});

describe("2. domain heuristics", () => {
  const team = (complexities: ("simple" | "complicated" | "complex")[]) =>
    measure(domainHeuristics, handMadeCatalog({ teams: { t: 5 }, contexts: Object.fromEntries(complexities.map((complexity, i) => [`c${i}`, { teams: ["t"], complexity }])) }));
  it("flags a complex context plus anything else", () => {
    expect(team(["complex"]).value).toBe(0);
    expect(rows(team(["complex", "simple"]))).toEqual({ t: "1 | holds a complex context plus 1 more" });
  });
  it("flags two complicated contexts, not one", () => {
    expect(team(["complicated", "simple"]).value).toBe(0);
    expect(rows(team(["complicated", "complicated"]))).toEqual({ t: "1 | holds 2 complicated contexts" });
  });
  it("flags more than three simple contexts", () => {
    expect(team(["simple", "simple", "simple"]).value).toBe(0);
    expect(rows(team(["simple", "simple", "simple", "simple"]))).toEqual({ t: "1 | holds 4 simple contexts" });
  });
});

describe("3. teams per bounded context", () => {
  it("lists contexts with several teams and with none", () => {
    const catalog = handMadeCatalog({ teams: { a: 5, b: 5 }, contexts: { shared: { teams: ["a", "b"] }, orphan: { teams: [] }, fine: { teams: ["a"] } } });
    const value = measure(contextTeams, catalog);
    expect(value.value).toBe(2);
    expect(rows(value)).toEqual({ shared: "2 | 2 teams: a, b", orphan: "0 | no team" });
  });
});

describe("4. ownership coverage", () => {
  it("is the share of components, repositories, contexts and namespaces with an owner", () => {
    const catalog = handMadeCatalog({
      teams: { a: 5 },
      contexts: { owned: { teams: ["a"] }, orphan: { teams: [] } },
      components: { owned: { owners: ["a"], repositories: ["r1"], namespaces: ["n1"] }, stray: { owners: [], repositories: ["r2"], namespaces: ["n2"] } },
      repositories: ["empty-repo"],
    });
    const value = measure(ownershipCoverage, catalog);
    expect(rows(value)).toEqual({ components: "50 | 1 of 2 owned", repositories: "33.3 | 1 of 3 owned", "bounded-contexts": "50 | 1 of 2 owned", namespaces: "50 | 1 of 2 owned" });
    expect(value.value).toBe(44.4);
  });
});

describe("5–6. cross-team dependencies and Conway alignment", () => {
  const catalog = handMadeCatalog({
    teams: { a: 5, b: 5 },
    components: { a1: { owners: ["a"], dependsOn: ["a2", "b1"] }, a2: { owners: ["a"] }, b1: { owners: ["b"], dependsOn: ["a2"] }, stray: { owners: [], dependsOn: ["a1"] } },
  });
  it("counts edges between teams with fan-in and fan-out per team", () => {
    const value = measure(crossTeamDependencies, catalog);
    expect(value.value).toBe(2);
    expect(rows(value)).toEqual({ a: "2 | fan-in 1, fan-out 1", b: "2 | fan-in 1, fan-out 1" });
  });
  it("is the share of edges between owned components that stay inside a team", () => {
    const value = measure(conwayAlignment, catalog);
    expect(value.value).toBe(33.3);
    expect(value.rows.map((r) => r.label)).toEqual(["a1 → b1", "b1 → a2"]);
  });
  it("has nothing to measure without dependencies", () => {
    expect(measure(conwayAlignment, handMadeCatalog({ teams: { a: 5 } })).value).toBeNull();
  });
});

describe("7. coordination fit", () => {
  it("lists undeclared coordination and stale interactions", () => {
    const catalog = handMadeCatalog({
      teams: { a: 5, b: 5, c: 5, enablers: 5, platform: { members: 5, type: "platform" } },
      components: { a1: { owners: ["a"], dependsOn: ["b1"] }, b1: { owners: ["b"] }, c1: { owners: ["c"] } },
      interactions: [
        ["a", "c", "collaboration"],
        ["enablers", "a", "facilitating"],
        ["platform", "b", "x-as-a-service"],
      ],
    });
    const value = measure(coordinationFit, catalog);
    expect(rows(value)).toEqual({ "a|b": "1 | undeclared coordination: a1 → b1", "a|c": "1 | stale Collaboration: no dependency between the teams" });
    expect(value.value).toBe(2);
  });
  it("is satisfied by an interaction declared in either direction", () => {
    const catalog = handMadeCatalog({ teams: { a: 5, b: 5 }, components: { a1: { owners: ["a"], dependsOn: ["b1"] }, b1: { owners: ["b"] } }, interactions: [["b", "a", "x-as-a-service"]] });
    expect(measure(coordinationFit, catalog).value).toBe(0);
  });
});

describe("8. context relationships vs interaction modes", () => {
  const catalog = (pattern: string, interactions: [string, string, "collaboration" | "x-as-a-service" | "facilitating"][] = []) =>
    handMadeCatalog({ teams: { a: 5, b: 5 }, contexts: { up: { teams: ["a"] }, down: { teams: ["b"] } }, relationships: [["up", "down", pattern]], interactions });
  it("wants a collaboration across a shared kernel or partnership", () => {
    expect(rows(measure(relationshipFit, catalog("shared-kernel", [["a", "b", "x-as-a-service"]])))).toEqual({
      "up->down:shared-kernel:a:b": "1 | a and b declare X-as-a-Service; Shared kernel calls for Collaboration",
    });
    expect(measure(relationshipFit, catalog("partnership", [["b", "a", "collaboration"]])).value).toBe(0);
  });
  it("wants a declared service or collaboration across customer/supplier, and nothing for a conformist", () => {
    expect(measure(relationshipFit, catalog("customer-supplier")).rows[0]?.note).toBe("a and b declare no interaction; Customer/supplier calls for X-as-a-Service or Collaboration");
    expect(measure(relationshipFit, catalog("customer-supplier", [["a", "b", "x-as-a-service"]])).value).toBe(0);
    expect(measure(relationshipFit, catalog("conformist")).value).toBe(0);
  });
  it("ignores relationships inside one team", () => {
    const sameTeam = handMadeCatalog({ teams: { a: 5 }, contexts: { up: { teams: ["a"] }, down: { teams: ["a"] } }, relationships: [["up", "down", "shared-kernel"]] });
    expect(measure(relationshipFit, sameTeam).value).toBe(0);
  });
});

describe("9. strong-ownership friction", () => {
  const today = handMadeCatalog({ teams: { a: 3, b: 2 }, components: { strong: { owners: ["a"], mode: "strong" }, open: { owners: ["a"], mode: "collective" } } });
  it("is zero today: everyone who works on a component is in its team", () => {
    expect(measure(ownershipFriction, today).value).toBe(0);
  });
  it("counts today's contributors left outside the new owning team of a strongly owned component", () => {
    const scenario = structuredClone(today);
    for (const component of scenario.components) component.ownerSlugs = ["b"];
    const value = measure(ownershipFriction, scenario, { baseline: today });
    expect(rows(value)).toEqual({ strong: "3 | 3 of today's 3 contributors would need change requests" });
  });
});

describe("10. team shape", () => {
  it("flags teams outside 5–9 members and teams in more than one collaboration", () => {
    const catalog = handMadeCatalog({
      teams: { small: 4, fine: 5, big: 10, busy: 7, x: 6, y: 6 },
      interactions: [
        ["busy", "x", "collaboration"],
        ["y", "busy", "collaboration"],
      ],
    });
    expect(rows(measure(teamShape, catalog))).toEqual({
      "small:size": "4 | 4 members (fewer than 5)",
      "big:size": "10 | 10 members (more than 9)",
      "busy:collaborations": "2 | 2 concurrent collaborations",
    });
  });
});

describe("11. scorecard rollup per team", () => {
  it("averages the scores of the components a team owns", () => {
    const catalog = handMadeCatalog({ teams: { a: 5, b: 5, none: 5 }, components: { a1: { owners: ["a"] }, a2: { owners: ["a"] }, b1: { owners: ["b"] } } });
    const scores = new Map([
      ["a1", { score: 90, belowFirstLevel: false }],
      ["a2", { score: 40, belowFirstLevel: true }],
      ["b1", { score: 70, belowFirstLevel: false }],
    ]);
    const value = measure(scorecardRollup, catalog, { scores });
    expect(rows(value)).toEqual({ a: "65 | 2 scored components, 1 below the first level", b: "70 | 1 scored components, 0 below the first level" });
    expect(value.value).toBe(65);
  });
});

describe("component scores for the rollup", () => {
  it("average a component over the component scorecards and remember any below the first level", () => {
    const result = (slug: string, score: number, levelIndex: number) => ({ kind: "component" as const, slug, name: slug, teamSlugs: [], contextSlugs: [], levelIndex, score, statuses: [] });
    const scores = componentScoresFrom([
      { entityKind: "component", results: [result("a1", 80, 1), result("a2", 50, 0)] },
      { entityKind: "component", results: [result("a1", 60, -1)] },
      { entityKind: "team", results: [result("a1", 0, -1)] },
    ]);
    expect(Object.fromEntries(scores)).toEqual({ a1: { score: 70, belowFirstLevel: true }, a2: { score: 50, belowFirstLevel: false } });
  });
});
