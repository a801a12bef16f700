// Derives the PostgreSQL schema and migrations from prisma/schema.prisma (the one source of truth):
//   npm run db:derive-postgres                 writes prisma/postgres/schema.prisma; the first time,
//                                              also the baseline migration
//   npm run db:derive-postgres -- <name>       after a SQLite schema change: also writes the
//                                              PostgreSQL migration prisma/postgres/migrations/<ts>_<name>
//   npm run db:derive-postgres -- --check      only says whether the committed schema has drifted
// and regenerates the PostgreSQL client. See docs/postgresql.md.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MIGRATIONS_DIRECTORY, shippedMigrations } from "../packages/db/src/migration-files.ts";
import { derivedPostgresSchema, generatePostgresClient, POSTGRES_SCHEMA_FILE, postgresMigrationScript } from "../packages/db/src/postgres/schema-files.ts";

const args = process.argv.slice(2);
const derived = derivedPostgresSchema();
const committed = fs.existsSync(POSTGRES_SCHEMA_FILE) ? fs.readFileSync(POSTGRES_SCHEMA_FILE, "utf8") : null;

if (args.includes("--check")) {
  console.log(committed === derived ? "prisma/postgres/schema.prisma is up to date." : "prisma/postgres/schema.prisma has drifted: run npm run db:derive-postgres.");
  process.exit(committed === derived ? 0 : 1);
}

const directory = MIGRATIONS_DIRECTORY.postgresql;
fs.mkdirSync(directory, { recursive: true });
const timestamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const writeMigration = (name: string, sql: string) => {
  const folder = path.join(directory, `${timestamp}_${name}`);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "migration.sql"), sql);
  console.log(`Wrote ${path.relative(process.cwd(), folder)}/migration.sql`);
};

if (shippedMigrations(directory).length === 0) {
  fs.writeFileSync(POSTGRES_SCHEMA_FILE, derived);
  writeMigration("baseline", await postgresMigrationScript(null, POSTGRES_SCHEMA_FILE));
} else if (committed !== derived) {
  if (committed === null) throw new Error("prisma/postgres/migrations exists but prisma/postgres/schema.prisma does not: restore it from git.");
  const name = args.find((arg) => /^[a-z0-9_]+$/.test(arg));
  if (!name) {
    console.error("The SQLite schema changed: name the PostgreSQL migration, e.g. npm run db:derive-postgres -- add_team_budget");
    process.exit(1);
  }
  // Diff from the schema the committed migrations produce (the previous derived file) to the new one.
  const previous = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "topograph-derive-")), "schema.prisma");
  fs.writeFileSync(previous, committed);
  fs.writeFileSync(POSTGRES_SCHEMA_FILE, derived);
  writeMigration(name, await postgresMigrationScript(previous, POSTGRES_SCHEMA_FILE));
  fs.rmSync(path.dirname(previous), { recursive: true, force: true });
} else {
  console.log("prisma/postgres/schema.prisma is up to date; no migration needed.");
}
await generatePostgresClient();
