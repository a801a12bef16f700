import { describe, expect, it } from "vitest";
import { planningCatalogOf } from "../demo/demo-snapshot.ts";
import { applyOperation } from "./apply-operation.ts";
import { diffCatalogs, isEmptyDiff } from "./catalog-diff.ts";
import { ZScenarioOperationSchema, type TScenarioOperationInput } from "./operations.ts";

function scenario(...operations: TScenarioOperationInput[]) {
  const catalog = planningCatalogOf();
  for (const operation of operations) applyOperation(catalog, ZScenarioOperationSchema.parse(operation));
  return catalog;
}

describe("the difference between two catalogs", () => {
  it("is empty for the same catalog", () => {
    expect(isEmptyDiff(diffCatalogs(planningCatalogOf(), planningCatalogOf()))).toBe(true);
  });

  it("lists a merge as a removed team, joined members, moved components, contexts and interactions", () => {
    const diff = diffCatalogs(planningCatalogOf(), scenario({ op: "merge-teams", team: "team-b", into: "team-a" }));
    expect(diff.teamsRemoved).toEqual([{ slug: "team-b", name: "Microservice team B", successor: "team-a" }]);
    expect(diff.memberships.map((m) => `${m.change} ${m.team} ${m.email}`)).toEqual(["join team-a daichi.kato@example.com", "join team-a emi.abe@example.com"]);
    expect(diff.componentOwners).toEqual([{ slug: "b-service", from: ["team-b"], to: ["team-a"] }]);
    expect(diff.solutionAreaTeams).toEqual([{ slug: "context-b", from: ["team-b"], to: ["team-a"] }]);
    expect(diff.repositoryOwners.map((r) => r.slug)).toEqual(["b-service-app", "b-service-kubernetes"]);
    expect(diff.namespaceOwners.map((n) => n.slug)).toEqual(["stg-b-service", "prd-b-service"]);
    expect(diff.interactions).toEqual([
      { teamSlug: "team-b", withTeamSlug: "team-a", from: "x-as-a-service", to: null },
      { teamSlug: "sre", withTeamSlug: "team-b", from: "x-as-a-service", to: null },
    ]);
  });

  it("lists new teams, renames, type and ownership-mode changes", () => {
    const diff = diffCatalogs(
      planningCatalogOf(),
      scenario(
        { op: "create-team", team: { slug: "new", name: "New", type: "enabling" } },
        { op: "rename-team", team: "sre", name: "Platform team" },
        { op: "set-team-type", team: "sre", type: "platform" },
        { op: "set-ownership-mode", component: "x-bff", mode: "collective" },
      ),
    );
    expect(diff.teamsAdded).toEqual([{ slug: "new", name: "New", type: "enabling" }]);
    expect(diff.teamsChanged).toEqual([{ slug: "sre", name: { from: "SRE team", to: "Platform team" }, type: null }]);
    expect(diff.ownershipModes).toEqual([{ slug: "x-bff", from: null, to: "collective" }]);
  });
});
