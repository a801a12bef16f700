import { draftChange, planningCatalogOf, ZScenarioOperationSchema, type TScenarioOperationInput } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { getComponent, getTeam } from "../index.ts";
import type { TDatabase } from "../client.ts";
import { demoDatabase } from "../testing/test-database.ts";
import { applyScenario } from "./apply-scenario.ts";
import { loadPlanningCatalog } from "./planning-catalog.ts";
import { appendScenarioChange, createScenario, getScenarioRecord, removeScenarioChange } from "./scenarios.ts";
import { listTeamInteractions } from "../catalog/team-interaction.ts";

const at = new Date("2026-11-24T12:00:00Z");

/** Drafts operations as the API does: each on the scenario so far, recording what it read. */
async function scenarioWith(db: TDatabase, ...operations: TScenarioOperationInput[]) {
  const scenario = await createScenario(db, { name: "Reorg", description: "" });
  let catalog = await loadPlanningCatalog(db);
  for (const input of operations) {
    const operation = ZScenarioOperationSchema.parse(input);
    const drafted = draftChange(catalog, operation);
    catalog = drafted.catalog;
    await appendScenarioChange(db, scenario.id, { operation, observed: drafted.observed });
  }
  return getScenarioRecord(db, scenario.id);
}

describe("team-boundary scenarios in the database", () => {
  it("reads the same planning catalog the pure demo describes", async () => {
    const db = await demoDatabase();
    const stored = await loadPlanningCatalog(db);
    const pure = planningCatalogOf();
    const bySlug = <T extends { slug: string }>(rows: T[]) => [...rows].sort((a, b) => a.slug.localeCompare(b.slug));
    expect(bySlug(stored.teams).map((t) => [t.slug, t.type, t.members.map((m) => m.email).sort()])).toEqual(bySlug(pure.teams).map((t) => [t.slug, t.type, t.members.map((m) => m.email).sort()]));
    expect(bySlug(stored.components).map((c) => [c.slug, c.ownerSlugs, c.ownershipMode, c.ownershipOverride])).toEqual(bySlug(pure.components).map((c) => [c.slug, c.ownerSlugs, c.ownershipMode, c.ownershipOverride]));
    expect(stored.boundedContexts.map((c) => [c.slug, c.complexity]).sort()).toEqual(pure.boundedContexts.map((c) => [c.slug, c.complexity]).sort());
    expect(stored.interactions.length).toBe(pure.interactions.length);
  });

  it("applies a merge in one transaction: owners, areas, members and interactions move, the team goes, the scenario becomes history", async () => {
    const db = await demoDatabase();
    const record = await scenarioWith(db, { op: "merge-teams", team: "team-b", into: "team-a" }, { op: "rename-team", team: "team-a", name: "Microservice team A+B" });
    const { diff } = await applyScenario(db, { scenarioId: record.id, version: record.version, acceptChangedBase: false, at });
    expect(diff.teamsRemoved).toEqual([{ slug: "team-b", name: "Microservice team B", successor: "team-a" }]);
    expect((await getComponent(db, "b-service")).owners.map((o) => o.slug)).toEqual(["team-a"]);
    const teamA = await getTeam(db, "team-a");
    expect(teamA.name).toBe("Microservice team A+B");
    expect(teamA.members.map((m) => m.email)).toContain("emi.abe@example.com");
    expect(JSON.stringify(teamA.solutionAreas)).toContain("\"context-b\"");
    await expect(getTeam(db, "team-b")).rejects.toThrow('No team "team-b" exists.');
    expect((await listTeamInteractions(db, { teamSlug: "team-a" })).map((i) => `${i.team.slug}>${i.withTeam.slug}`)).not.toContain("team-b>team-a");
    const applied = await getScenarioRecord(db, record.id);
    expect(applied).toMatchObject({ status: "applied", appliedAt: at });
    await expect(appendScenarioChange(db, record.id, { operation: ZScenarioOperationSchema.parse({ op: "rename-team", team: "sre", name: "X" }), observed: "{}" })).rejects.toThrow("was applied");
  });

  it("shows conflicts first when the base changed, and applies once the caller confirms", async () => {
    const db = await demoDatabase();
    const record = await scenarioWith(db, { op: "move", item: { kind: "repository", ref: "b-service-app" }, to: "team-x" });
    const bService = await getComponent(db, "b-service");
    const teamA = await db.team.findUniqueOrThrow({ where: { slug: "team-a" }, select: { id: true } });
    await db.componentOwner.create({ data: { componentId: bService.id, teamId: teamA.id } });
    await expect(applyScenario(db, { scenarioId: record.id, version: record.version, acceptChangedBase: false, at })).rejects.toThrow('The catalog changed since this change was drafted: "Move repository b-service-app to Microservice team X"');
    expect((await getComponent(db, "b-service")).owners.map((o) => o.slug).sort()).toEqual(["team-a", "team-b"]);
    await applyScenario(db, { scenarioId: record.id, version: record.version, acceptChangedBase: true, at });
    expect((await getComponent(db, "b-service")).owners.map((o) => o.slug)).toEqual(["team-x"]);
  });

  it("refuses a scenario whose change no longer applies, writing nothing", async () => {
    const db = await demoDatabase();
    const record = await scenarioWith(db, { op: "move", item: { kind: "component", ref: "x-bff" }, to: "frontend-x" }, { op: "rename-team", team: "team-b", name: "B" });
    await db.team.update({ where: { slug: "team-b" }, data: { slug: "team-b-renamed" } });
    await expect(applyScenario(db, { scenarioId: record.id, version: record.version, acceptChangedBase: true, at })).rejects.toThrow('The scenario no longer applies: "Rename team-b to "B"" (team: No team "team-b" in this scenario.)');
    expect((await getComponent(db, "x-bff")).owners.map((o) => o.slug)).toEqual(["bff-x"]);
  });

  it("undoes a change by removing it, and refuses a stale version on apply", async () => {
    const db = await demoDatabase();
    const record = await scenarioWith(db, { op: "set-team-type", team: "sre", type: "enabling" }, { op: "rename-team", team: "sre", name: "Platform" });
    await removeScenarioChange(db, record.id, record.changes[0]!.id);
    const after = await getScenarioRecord(db, record.id);
    expect(after.changes.map((c) => c.operation.op)).toEqual(["rename-team"]);
    await expect(applyScenario(db, { scenarioId: record.id, version: record.version, acceptChangedBase: false, at })).rejects.toThrow("changed since you loaded it");
  });

  it("records each written change in the audit log through the scenario, all under one correlation id", async () => {
    const db = await demoDatabase();
    const record = await scenarioWith(db, { op: "move", item: { kind: "component", ref: "x-bff" }, to: "frontend-x" }, { op: "rename-team", team: "team-b", name: "B" });
    await applyScenario(db, { scenarioId: record.id, version: record.version, acceptChangedBase: false, at });
    const entries = await db.auditEntry.findMany({ where: { via: "scenario" }, orderBy: { id: "asc" } });
    expect(entries.map((e) => [e.action, e.entityKind, e.entityKey])).toEqual(expect.arrayContaining([["update", "team", "team-b"], ["update", "component", "x-bff"]]));
    expect(JSON.parse(entries.find((e) => e.entityKind === "team")!.after!)).toEqual({ name: "B" });
    const moved = entries.filter((e) => e.entityKind === "component");
    expect(moved.map((e) => [e.entityKey, JSON.parse(e.before!), JSON.parse(e.after!)])).toEqual([["x-bff", { owners: ["bff-x"] }, { owners: ["frontend-x"] }]]);
    expect(new Set(entries.map((e) => e.correlationId)).size).toBe(1);
  });
});
