import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ZComponentCreateSchema, ZComponentListInputSchema, ZTeamCreateSchema, ZTeamListInputSchema } from "@topograph/domain";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createComponent, getComponent, listComponents } from "../catalog/component.ts";
import { createTeam, listTeams } from "../catalog/team.ts";
import { createDatabase, type TDatabase } from "../client.ts";
import { MIGRATIONS_DIRECTORY, shippedMigrations } from "../migration-files.ts";
import { migrationStatus } from "../migrations.ts";
import { initialiseCatalog } from "../seed/load-catalog.ts";
import { startPostgresServer, type TPostgresServer } from "../testing/postgres-server.ts";
import { migratePostgres } from "./migrate.ts";
import { POSTGRES_SCHEMA_FILE, postgresMigrationScript } from "./schema-files.ts";

let server: TPostgresServer;
const databases: TDatabase[] = [];

beforeAll(async () => {
  server = await startPostgresServer();
});

afterAll(async () => {
  await Promise.all(databases.map((db) => db.$disconnect()));
  await server?.stop();
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Tables, columns, indexes and constraints, sorted, without the migration history. */
async function structure(url: string) {
  const notHistory = `<> '_prisma_migrations'`;
  return {
    columns: await query(url, `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name ${notHistory} ORDER BY 1, 2`),
    indexes: await query(url, `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename ${notHistory} ORDER BY 1, 2`),
    constraints: await query(url, `SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '%_prisma_migrations%' ORDER BY 1, 2`),
  };
}

describe("Topograph on a real PostgreSQL 15 server", () => {
  const migrations = shippedMigrations(MIGRATIONS_DIRECTORY.postgresql);
  let url: string;

  it("applies the migrations once when two runners start together, and records them as Prisma does", async () => {
    url = await server.createDatabase("topograph");
    const [first, second] = await Promise.all([migratePostgres(url), migratePostgres(url)]);
    expect([first.applied, second.applied].sort((a, b) => b.length - a.length)).toEqual([migrations, []]);
    expect((await migratePostgres(url)).applied).toEqual([]);
    const db = createDatabase(url);
    databases.push(db);
    expect(await migrationStatus(db)).toEqual({ applied: migrations.length, pending: [] });
  });

  it("builds the same tables, columns, indexes and constraints as the derived schema", async () => {
    const fromSchema = await server.createDatabase("from_schema");
    await query(fromSchema, await postgresMigrationScript(null, POSTGRES_SCHEMA_FILE));
    const [migrated, expected] = [await structure(url), await structure(fromSchema)];
    expect(migrated.columns.length).toBeGreaterThan(100);
    expect(migrated).toEqual(expected);
  });

  it("writes and reads the catalog through the same data-access functions as on SQLite", async () => {
    const db = databases[0]!;
    await initialiseCatalog(db, { loadDemo: false });
    await createTeam(db, ZTeamCreateSchema.parse({ name: "Payments", type: "stream-aligned", members: [{ name: "Bo", email: "bo@example.com" }] }));
    await createComponent(db, ZComponentCreateSchema.parse({ name: "Ledger", kind: "microservice", lifecycle: "production", ownerTeamSlugs: ["payments"], labels: { tier: "1" } }));
    await createComponent(db, ZComponentCreateSchema.parse({ name: "Checkout", kind: "microservice", lifecycle: "production", ownerTeamSlugs: ["payments"], dependencies: [{ componentSlug: "ledger", style: "sync" }] }));

    const listed = await listComponents(db, ZComponentListInputSchema.parse({ teamSlug: "payments" }));
    expect(listed.items.map((component) => [component.slug, component.owners.map((owner) => owner.slug)])).toEqual([
      ["checkout", ["payments"]],
      ["ledger", ["payments"]],
    ]);
    expect((await getComponent(db, "ledger")).labels).toEqual({ tier: "1" });
    expect((await listTeams(db, ZTeamListInputSchema.parse({}))).items).toMatchObject([{ slug: "payments", _count: { components: 2, members: 1 } }]);
  });

  it("refuses to change, delete or truncate audit log entries", async () => {
    const db = databases[0]!;
    expect(await db.auditEntry.count()).toBeGreaterThanOrEqual(3);
    await expect(db.$executeRawUnsafe(`UPDATE "AuditEntry" SET "actorLabel" = 'someone else'`)).rejects.toThrow(/append-only: entries cannot be changed/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditEntry"`)).rejects.toThrow(/append-only: entries cannot be deleted/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditEntry"`)).rejects.toThrow(/append-only/);
    expect(await db.auditEntry.count()).toBeGreaterThanOrEqual(3);
  });

  it("rolls back a failing migration whole and refuses one changed after it ran", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-pg-migrations-"));
    const write = (name: string, sql: string) => (fs.mkdirSync(path.join(dir, name), { recursive: true }), fs.writeFileSync(path.join(dir, name, "migration.sql"), sql));
    const scratch = await server.createDatabase("scratch");
    try {
      write("1_ok", `CREATE TABLE "A" ("id" INTEGER PRIMARY KEY);`);
      write("2_broken", `CREATE TABLE "B" ("id" INTEGER PRIMARY KEY); SELECT no_such_function();`);
      await expect(migratePostgres(scratch, { directory: dir })).rejects.toThrow(/Migration 2_broken failed and was rolled back/);
      expect(await query(scratch, `SELECT to_regclass('"B"') AS b`)).toEqual([{ b: null }]);
      write("2_broken", `CREATE TABLE "B" ("id" INTEGER PRIMARY KEY);`);
      expect((await migratePostgres(scratch, { directory: dir })).applied).toEqual(["2_broken"]);
      write("1_ok", `CREATE TABLE "A" ("id" BIGINT PRIMARY KEY);`);
      await expect(migratePostgres(scratch, { directory: dir })).rejects.toThrow(/1_ok was changed after it was applied/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
