import fs from "node:fs";
import path from "node:path";
import { AppError, ZComponentCreateSchema, ZSearchInputSchema, ZTeamCreateSchema, ZTeamListInputSchema, ZUserCreateSchema, ZUserListInputSchema } from "@topograph/domain";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createComponent } from "../catalog/component.ts";
import { inTransaction } from "../catalog/integrity.ts";
import { loadSearchIndex } from "../catalog/search.ts";
import { createTeam, listTeams } from "../catalog/team.ts";
import { createDatabase, type TDatabase } from "../client.ts";
import { teamsByEmail } from "../identity/user-teams.ts";
import { createUser, listUsers } from "../identity/users.ts";
import { recordScores } from "../scorecards/history.ts";
import { initialiseCatalog } from "../seed/load-catalog.ts";
import { startPostgresServer, type TPostgresServer } from "../testing/postgres-server.ts";
import { isPostgresDatabase } from "./client.ts";
import { migratePostgres } from "./migrate.ts";

/**
 * Where SQLite and PostgreSQL behave differently by default, the data-access functions make them
 * agree. Each case runs on both providers (PostgreSQL on a throwaway server of this file's own).
 */
let server: TPostgresServer;
const databases: TDatabase[] = [];
let created = 0;

beforeAll(async () => {
  server = await startPostgresServer();
});

afterAll(async () => {
  await Promise.all(databases.map((db) => db.$disconnect()));
  await server?.stop();
});

const providers = {
  // The run's SQLite template itself, not freshDatabase(): that follows TOPOGRAPH_TEST_DATABASE.
  sqlite: async () => {
    const file = path.join(path.dirname(inject("templateDatabase")), `behaviour-${process.pid}-${++created}.db`);
    fs.copyFileSync(inject("templateDatabase"), file);
    return createDatabase(`file:${file}`);
  },
  postgres: async () => {
    const url = await server.createDatabase(`behaviour_${++created}`);
    await migratePostgres(url);
    return createDatabase(url);
  },
};

/** A migrated, initialised database with two teams and their components. */
async function catalogOn(provider: keyof typeof providers): Promise<TDatabase> {
  const db = await providers[provider]();
  databases.push(db);
  await initialiseCatalog(db, { loadDemo: false });
  await createTeam(db, ZTeamCreateSchema.parse({ name: "Payments", type: "stream-aligned", members: [{ name: "Bo", email: "Bo.Berg@Example.com" }] }));
  await createTeam(db, ZTeamCreateSchema.parse({ name: "Billing Platform", type: "platform", members: [{ name: "Bo", email: "bo.berg@example.com" }] }));
  await createComponent(db, ZComponentCreateSchema.parse({ name: "Ledger", kind: "microservice", lifecycle: "production", ownerTeamSlugs: ["payments"] }));
  await createComponent(db, ZComponentCreateSchema.parse({ name: "Invoices", kind: "microservice", lifecycle: "production", ownerTeamSlugs: ["billing-platform"] }));
  return db;
}

describe.each(["sqlite", "postgres"] as const)("on %s", (provider) => {
  it("knows which provider it talks to, also inside a transaction", async () => {
    const db = await catalogOn(provider);
    expect(isPostgresDatabase(db)).toBe(provider === "postgres");
    expect(await db.$transaction(async (tx) => isPostgresDatabase(tx))).toBe(provider === "postgres");
  });

  it("filters and searches text case-insensitively", async () => {
    const db = await catalogOn(provider);
    const teams = await listTeams(db, ZTeamListInputSchema.parse({ q: "PAYMENTS" }));
    expect(teams.items.map((team) => team.slug)).toEqual(["payments"]);
    const searchIndex = await loadSearchIndex(db);
    const hits = searchIndex.search(ZSearchInputSchema.parse({ q: "billing" }));
    expect(hits.items.map((hit) => hit.slug)).toContain("billing-platform");
    const prefixed = searchIndex.search(ZSearchInputSchema.parse({ q: "LED" }));
    expect(prefixed.items.map((hit) => hit.slug)).toEqual(["ledger"]);
    await createUser(db, ZUserCreateSchema.parse({ email: "ada@example.com", name: "Ada Lovelace", role: "viewer", password: "correct horse battery staple" }));
    expect((await listUsers(db, ZUserListInputSchema.parse({ q: "lovelace" }))).items.map((user) => user.email)).toEqual(["ada@example.com"]);
  });

  it("turns unique and foreign-key violations into the application's errors", async () => {
    const db = await catalogOn(provider);
    const duplicate = inTransaction(db, (tx) => tx.team.create({ data: { slug: "payments", name: "Payments again", type: "platform" } }));
    await expect(duplicate).rejects.toBeInstanceOf(AppError);
    await expect(duplicate).rejects.toMatchObject({ code: "DUPLICATE" });
    const dangling = inTransaction(db, (tx) => tx.teamMember.create({ data: { teamId: "no-such-team", name: "Nobody", email: "nobody@example.com" } }));
    await expect(dangling).rejects.toMatchObject({ code: "REFERENCED" });
  });

  it("reads members' teams by email, case-insensitively and ordered by name, through raw SQL", async () => {
    const db = await catalogOn(provider);
    const teams = await teamsByEmail(db, ["bo.berg@example.com", "nobody@example.com"]);
    expect(Object.fromEntries(teams)).toEqual({
      "bo.berg@example.com": [
        { slug: "billing-platform", name: "Billing Platform" },
        { slug: "payments", name: "Payments" },
      ],
      "nobody@example.com": [],
    });
  });

  it("records scores once when two recordings run at the same time", async () => {
    const db = await catalogOn(provider);
    const now = new Date("2026-03-01T12:00:00Z");
    const [first, second] = await Promise.all([recordScores(db, now), recordScores(db, now)]);
    const written = Math.max(first.snapshots, second.snapshots);
    expect(written).toBeGreaterThan(0);
    // Whichever ran second found every score already recorded and unchanged, and wrote nothing.
    expect(Math.min(first.snapshots, second.snapshots)).toBe(0);
    expect(await db.scoreSnapshot.count()).toBe(written);
    expect(await db.currentScore.count()).toBe(written);
  });
});
