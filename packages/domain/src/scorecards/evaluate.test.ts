import { describe, expect, it } from "vitest";
import { compileScorecard, indexWaivers, scoreAll, scoreEntity } from "./evaluate.ts";
import type { TSubjectFacts } from "./facts.ts";
import { distributionOf, rollUp } from "./rollup.ts";
import { ZScorecardDefinitionSchema } from "./scorecard.ts";
import type { TWaiver } from "./waiver.ts";

const scorecard = compileScorecard(
  ZScorecardDefinitionSchema.parse({
    slug: "readiness",
    name: "Readiness",
    entityKind: "component",
    rules: [
      { id: "owned", title: "Owned", level: "Bronze", category: "ownership", weight: 3, expression: "owners.count > 0", failureMessage: "No owner." },
      { id: "mesh", title: "In mesh", level: "Silver", category: "resilience", weight: 1, expression: "deployments.inMesh", failureMessage: "Outside the mesh." },
      { id: "split", title: "Split repositories", level: "Gold", category: "repositories", weight: 1, expression: "repositories.split", failureMessage: "One repository." },
    ],
  }),
);

function component(slug: string, facts: Record<string, boolean | number | string>, teamSlugs: string[] = ["team-a"]): TSubjectFacts {
  return { kind: "component", slug, name: slug, teamSlugs, contextSlugs: [], catalog: new Map(Object.entries(facts)), answer: () => "unknown", evidence: () => undefined };
}
const noWaivers = indexWaivers([], new Date());
const waiver = (ruleId: string, expiresAt: string, revokedAt: string | null = null): TWaiver => ({
  id: "w1",
  scorecardSlug: "readiness",
  ruleId,
  subject: { kind: "component", slug: "b" },
  reason: "Mesh migration planned for Q1",
  expiresAt,
  grantedBy: "Mai",
  grantedAt: "2026-11-01T00:00:00Z",
  revokedAt,
});

describe("scoring an entity", () => {
  it("reaches a level only when that level and every lower one pass", () => {
    const gold = scoreEntity(scorecard, component("a", { "owners.count": 1, "deployments.inMesh": true, "repositories.split": true }), noWaivers);
    expect(gold).toMatchObject({ level: "Gold", levelIndex: 2, score: 100, next: null });
    const silverFailsGoldPasses = scoreEntity(scorecard, component("b", { "owners.count": 1, "deployments.inMesh": false, "repositories.split": true }), noWaivers);
    expect(silverFailsGoldPasses).toMatchObject({ level: "Bronze", score: 80, next: { level: "Silver", rules: ["mesh"] } });
    const none = scoreEntity(scorecard, component("c", { "owners.count": 0, "deployments.inMesh": true, "repositories.split": true }), noWaivers);
    expect(none).toMatchObject({ level: null, levelIndex: -1, score: 40, next: { level: "Bronze", rules: ["owned"] } });
  });

  it("shows unknown distinctly: it blocks the level but is explained, not failed", () => {
    const result = scoreEntity(scorecard, component("d", { "owners.count": 1, "repositories.split": true }), noWaivers);
    expect(result.rules.find((r) => r.id === "mesh")).toMatchObject({ status: "unknown", message: "Unknown: nothing establishes deployments.inMesh." });
    expect(result).toMatchObject({ level: "Bronze", counts: { pass: 2, fail: 0, unknown: 1, waived: 0 } });
  });

  it("lets a waiver satisfy the level while leaving it out of the weighted score", () => {
    const facts = component("b", { "owners.count": 1, "deployments.inMesh": false, "repositories.split": false });
    const waived = scoreEntity(scorecard, facts, indexWaivers([waiver("mesh", "2027-01-31T00:00:00Z")], new Date("2026-12-01T00:00:00Z")));
    expect(waived.rules.find((r) => r.id === "mesh")).toMatchObject({ status: "waived", message: "Waived until 2027-01-31 by Mai: Mesh migration planned for Q1" });
    expect(waived).toMatchObject({ level: "Silver", score: 75 });
  });

  it("stops applying a waiver once it has expired or was revoked", () => {
    const facts = component("b", { "owners.count": 1, "deployments.inMesh": false, "repositories.split": false });
    const afterExpiry = scoreEntity(scorecard, facts, indexWaivers([waiver("mesh", "2027-01-31T00:00:00Z")], new Date("2027-02-01T00:00:00Z")));
    expect(afterExpiry.rules.find((r) => r.id === "mesh")!.status).toBe("fail");
    const revoked = scoreEntity(scorecard, facts, indexWaivers([waiver("mesh", "2027-01-31T00:00:00Z", "2026-11-20T00:00:00Z")], new Date("2026-12-01T00:00:00Z")));
    expect(revoked.level).toBe("Bronze");
  });

  it("scores only the entities the filter admits", () => {
    const filtered = compileScorecard(ZScorecardDefinitionSchema.parse({ ...scorecard.definition, filter: { teams: ["team-b"] } }));
    const results = scoreAll(filtered, [component("a", {}, ["team-a"]), component("b", {}, ["team-b"])], noWaivers);
    expect(results.map((r) => r.slug)).toEqual(["b"]);
  });
});

describe("rollups", () => {
  const results = scoreAll(
    scorecard,
    [
      component("a", { "owners.count": 1, "deployments.inMesh": true, "repositories.split": true }, ["team-a"]),
      component("b", { "owners.count": 1, "deployments.inMesh": false }, ["team-a", "team-b"]),
      component("c", { "owners.count": 0 }, []),
    ],
    noWaivers,
  );

  it("counts entities per level", () => {
    const distribution = distributionOf(scorecard, results);
    expect(distribution.levels.map((l) => [l.name, l.count])).toEqual([["Bronze", 1], ["Silver", 0], ["Gold", 1]]);
    expect(distribution).toMatchObject({ total: 3, belowFirst: 1 });
  });

  it("groups by owning team, counting a shared entity for both teams and the unowned apart", () => {
    const rows = rollUp(scorecard, results, "team", new Map([["team-a", "Team A"], ["team-b", "Team B"]]));
    expect(rows.map((row) => [row.name, row.distribution.total])).toEqual([["Team A", 2], ["Team B", 1], ["No owning team", 1]]);
    const teamA = rows[0]!.rules.find((rule) => rule.id === "mesh")!;
    expect(teamA).toMatchObject({ pass: 1, fail: 1, unknown: 0, passRate: 50 });
  });
});
