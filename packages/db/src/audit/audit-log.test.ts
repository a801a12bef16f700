import { DEMO_ORGANISATION, ZComponentUpdateSchema, ZTeamCreateSchema, ZTeamUpdateSchema, type TAuditContext } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { createTeam, deleteTeam, updateTeam } from "../catalog/team.ts";
import { updateComponent } from "../catalog/component.ts";
import { emptyDatabase, freshDatabase } from "../testing/index.ts";
import { loadCatalog } from "../seed/load-catalog.ts";
import { runAudited, withAuditVia } from "./audit-context.ts";
import { exportAuditEntries, listAuditEntries, listAuditForEntity } from "./list-audit.ts";

const ada: TAuditContext = { actor: { userId: "u-ada", label: "Ada <ada@example.com>" }, via: "ui", correlationId: "req-1" };
const team = (name: string) => ZTeamCreateSchema.parse({ name, type: "stream-aligned", members: [{ name: "Bo", email: "bo@example.com" }] });
const list = (db: Awaited<ReturnType<typeof emptyDatabase>>, filter = {}) => listAuditEntries(db, { limit: 50, ...filter });

describe("the audit log of catalog writes", () => {
  it("records a create with the full row, who, through which path and the request's correlation id", async () => {
    const db = await emptyDatabase();
    await runAudited(ada, () => createTeam(db, team("Payments")));
    const [entry] = (await list(db, { entity: { kind: "team", slug: "payments" } })).items;
    expect(entry).toMatchObject({
      action: "create",
      entityKind: "team",
      entityKey: "payments",
      entityName: "Payments",
      actorUserId: "u-ada",
      actorLabel: "Ada <ada@example.com>",
      via: "ui",
      correlationId: "req-1",
      before: null,
      after: { slug: "payments", name: "Payments", type: "stream-aligned", members: [{ name: "Bo", email: "bo@example.com", role: "" }] },
    });
  });

  it("records an update as only the fields that changed, and a delete with the full row before", async () => {
    const db = await emptyDatabase();
    const created = await createTeam(db, team("Payments"));
    const updated = await updateTeam(db, ZTeamUpdateSchema.parse({ ...created, type: "platform", members: [] }));
    await deleteTeam(db, updated);
    const [deleted, update] = (await listAuditForEntity(db, { entity: { kind: "team", slug: "payments" }, limit: 50 })).items;
    expect(update).toMatchObject({ action: "update", before: { type: "stream-aligned", members: [{ email: "bo@example.com" }] }, after: { type: "platform", members: [] } });
    expect(Object.keys(update!.after!)).toEqual(["type", "members"]);
    expect(deleted).toMatchObject({ action: "delete", after: null, before: { slug: "payments", type: "platform" } });
  });

  it("records relations by slug: a component's owners change reads as the owning teams before and after", async () => {
    const { db } = freshDatabase();
    await loadCatalog(db, DEMO_ORGANISATION);
    const component = await db.component.findFirstOrThrow({ where: { owners: { some: {} } }, select: { id: true, slug: true, version: true, owners: { select: { team: { select: { slug: true } } } } } });
    const other = await db.team.findFirstOrThrow({ where: { slug: { notIn: component.owners.map((o) => o.team.slug) } }, select: { slug: true } });
    await updateComponent(db, ZComponentUpdateSchema.parse({ id: component.id, version: component.version, ownerTeamSlugs: [other.slug] }));
    const [entry] = (await list(db, { entity: { kind: "component", slug: component.slug } })).items;
    expect(entry).toMatchObject({ action: "update", before: { owners: component.owners.map((o) => o.team.slug).sort() }, after: { owners: [other.slug] } });
  });

  it("writes no entry for an update that changes nothing", async () => {
    const db = await emptyDatabase();
    const created = await createTeam(db, team("Payments"));
    await updateTeam(db, ZTeamUpdateSchema.parse({ ...created, name: "Payments" }));
    expect((await list(db, { action: "update" })).items).toEqual([]);
  });

  it("writes no entry for a write that fails: the entry is in the change's transaction", async () => {
    const db = await emptyDatabase();
    const created = await createTeam(db, team("Payments"));
    await expect(updateTeam(db, ZTeamUpdateSchema.parse({ ...created, version: 9, name: "Stale" }))).rejects.toMatchObject({ code: "STALE_VERSION" });
    await expect(createTeam(db, team("Payments"))).rejects.toMatchObject({ code: "DUPLICATE" });
    expect((await list(db, { entity: { kind: "team", slug: "payments" } })).items.map((e) => e.action)).toEqual(["create"]);
  });

  it("stamps writes outside any request as the system, one correlation id per transaction", async () => {
    const db = await emptyDatabase();
    await createTeam(db, team("Payments"));
    await createTeam(db, team("Billing"));
    const items = (await list(db, { entity: undefined, actor: "system" })).items.filter((e) => e.entityKind === "team");
    expect(items.map((e) => [e.actorLabel, e.via])).toEqual([["system", "system"], ["system", "system"]]);
    expect(new Set(items.map((e) => e.correlationId)).size).toBe(2);
  });

  it("keeps the actor and correlation id under another path (an import, a scenario apply)", async () => {
    const db = await emptyDatabase();
    await runAudited(ada, () => withAuditVia("import", () => createTeam(db, team("Payments"))));
    expect((await list(db, { via: "import" })).items[0]).toMatchObject({ actorUserId: "u-ada", correlationId: "req-1", via: "import" });
  });

  it("records every entity the demo load creates, as the system", async () => {
    const { db } = freshDatabase();
    await loadCatalog(db, DEMO_ORGANISATION);
    const count = async (entityKind: string) => db.auditEntry.count({ where: { entityKind, action: "create", via: "system" } });
    expect(await count("team")).toBe(DEMO_ORGANISATION.teams.length);
    expect(await count("component")).toBe(DEMO_ORGANISATION.components.length);
    expect(await count("bounded-context")).toBe(DEMO_ORGANISATION.boundedContexts.length);
    expect(await count("context-relationship")).toBe(DEMO_ORGANISATION.contextRelationships.length);
    expect(await count("solution-area")).toBe(DEMO_ORGANISATION.solutionAreas.length);
    expect(await count("repository")).toBe(DEMO_ORGANISATION.repositories.length);
    expect(await count("namespace")).toBe(DEMO_ORGANISATION.namespaces.length);
    expect(await count("cluster")).toBe(DEMO_ORGANISATION.clusters.length);
    expect(await count("environment")).toBe(DEMO_ORGANISATION.environments.length);
    expect(await count("organisation")).toBe(1);
    expect(await count("team-interaction")).toBe(DEMO_ORGANISATION.teamInteractions?.length ?? 0);
    // One load, one transaction: its entries share a correlation id.
    expect(new Set((await db.auditEntry.findMany({ select: { correlationId: true } })).map((e) => e.correlationId)).size).toBe(1);
  });
});

describe("reading the log", () => {
  async function threeTeams() {
    const db = await emptyDatabase();
    for (const name of ["A", "B", "C"]) await runAudited({ ...ada, correlationId: `req-${name}` }, () => createTeam(db, team(name)));
    return db;
  }

  it("pages newest first with a stable cursor, even while entries are appended", async () => {
    const db = await threeTeams();
    const first = await list(db, { via: "ui", limit: 2 });
    expect(first.items.map((e) => e.entityKey)).toEqual(["c", "b"]);
    await runAudited(ada, () => createTeam(db, team("D")));
    const second = await list(db, { via: "ui", limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((e) => e.entityKey)).toEqual(["a"]);
    expect(second.nextCursor).toBeNull();
  });

  it("filters by actor (id or label), via, action, entity kind, correlation id and period", async () => {
    const db = await threeTeams();
    expect((await list(db, { actor: "u-ada" })).items).toHaveLength(3);
    expect((await list(db, { actor: "Ada <ada@example.com>" })).items).toHaveLength(3);
    expect((await list(db, { via: "api-token" })).items).toHaveLength(0);
    expect((await list(db, { action: "delete" })).items).toHaveLength(0);
    expect((await list(db, { correlationId: "req-B" })).items.map((e) => e.entityKey)).toEqual(["b"]);
    expect((await list(db, { entityKind: "team" })).items).toHaveLength(3);
    expect((await list(db, { entityKind: "component" })).items).toHaveLength(0);
    expect((await list(db, { from: new Date(Date.now() + 60_000) })).items).toHaveLength(0);
    expect((await list(db, { to: new Date(Date.now() + 60_000), via: "ui" })).items).toHaveLength(3);
  });

  it("exports every matching entry, newest first", async () => {
    const db = await threeTeams();
    const { entries, truncated } = await exportAuditEntries(db, { via: "ui" });
    expect(entries.map((e) => e.entityKey)).toEqual(["c", "b", "a"]);
    expect(truncated).toBe(false);
  });
});

describe("append-only", () => {
  it("offers no function that changes or removes an entry", async () => {
    const exported = Object.keys(await import("./index.ts"));
    expect(exported.filter((name) => /update|delete|remove|clear|purge/i.test(name))).toEqual([]);
  });

  it("has the database refuse to change or delete an entry", async () => {
    const db = await threeTeams();
    await expect(db.auditEntry.updateMany({ data: { actorLabel: "someone else" } })).rejects.toThrow();
    await expect(db.auditEntry.deleteMany({})).rejects.toThrow();
    expect(await db.auditEntry.count({ where: { via: "ui" } })).toBe(3);
  });

  async function threeTeams() {
    const db = await emptyDatabase();
    for (const name of ["A", "B", "C"]) await runAudited(ada, () => createTeam(db, team(name)));
    return db;
  }
});
