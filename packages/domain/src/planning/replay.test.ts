import { describe, expect, it } from "vitest";
import { planningCatalogOf } from "../demo/demo-snapshot.ts";
import { applyOperation } from "./apply-operation.ts";
import { ZScenarioOperationSchema, type TScenarioOperationInput } from "./operations.ts";
import { draftChange, replayScenario, type TScenarioChange } from "./replay.ts";

const op = (input: TScenarioOperationInput) => ZScenarioOperationSchema.parse(input);

/** Drafts changes one after another, as the API does, on `base`. */
function draft(base = planningCatalogOf(), ...operations: TScenarioOperationInput[]): TScenarioChange[] {
  let catalog = base;
  return operations.map((input, i) => {
    const drafted = draftChange(catalog, op(input));
    catalog = drafted.catalog;
    return { id: `c${i + 1}`, operation: op(input), observed: drafted.observed };
  });
}

describe("replaying a scenario on today's catalog", () => {
  const moveB = { op: "move", item: { kind: "repository", ref: "b-service-app" }, to: "team-a" } as const;

  it("gives the scenario's catalog and marks every change ok while the base is as drafted", () => {
    const changes = draft(undefined, moveB, { op: "rename-team", team: "team-a", name: "Team A+B" });
    const replay = replayScenario(planningCatalogOf(), changes);
    expect(replay.steps.map((s) => s.status)).toEqual(["ok", "ok"]);
    expect(replay.catalog.components.find((c) => c.slug === "b-service")?.ownerSlugs).toEqual(["team-a"]);
    expect(replay.catalog.teams.find((t) => t.slug === "team-a")?.name).toBe("Team A+B");
  });

  it("flags a change whose part of the catalog someone edited since, and still applies it", () => {
    const changes = draft(undefined, moveB);
    const today = planningCatalogOf();
    applyOperation(today, op({ op: "move", item: { kind: "component", ref: "b-service" }, to: "team-x" }));
    const [step] = replayScenario(today, changes).steps;
    expect(step).toMatchObject({ changeId: "c1", status: "changed" });
    expect(step?.status === "changed" && JSON.parse(step.now).item).toEqual([["b-service", ["team-x"]]]);
  });

  it("ignores edits elsewhere in the catalog", () => {
    const changes = draft(undefined, moveB);
    const today = planningCatalogOf();
    applyOperation(today, op({ op: "rename-team", team: "team-x", name: "Renamed X" }));
    expect(replayScenario(today, changes).steps.map((s) => s.status)).toEqual(["ok"]);
  });

  it("skips a change that no longer applies and says why", () => {
    const changes = draft(undefined, { op: "rename-team", team: "team-b", name: "B2" });
    const today = planningCatalogOf();
    applyOperation(today, op({ op: "merge-teams", team: "team-b", into: "team-a" }));
    const replay = replayScenario(today, changes);
    expect(replay.steps).toEqual([{ changeId: "c1", status: "failed", message: 'team: No team "team-b" in this scenario.' }]);
    expect(replay.catalog.teams.map((t) => t.name)).not.toContain("B2");
  });
});
