import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { MIGRATIONS_DIRECTORY, shippedMigrations } from "../migration-files.ts";

/**
 * Applies prisma/postgres/migrations to a PostgreSQL database without the Prisma CLI, whose wasm
 * schema engine cannot read PostgreSQL's catalog in Prisma 6.19 (prisma/orm#27403).
 *
 * - Each `<timestamp>_<name>/migration.sql` runs in its own transaction, oldest first, so a failing
 *   migration leaves nothing half-applied and is retried whole on the next start.
 * - What ran is recorded in Prisma's own `_prisma_migrations` table (same columns, SHA-256 checksum
 *   of the file), so `migrationStatus` reads both providers alike and `prisma migrate deploy` could
 *   take over once its engine reads PostgreSQL.
 * - A session-level advisory lock serialises runners: replicas starting together wait for the first
 *   one, then find nothing left to apply.
 * - A migration changed after it was applied is refused rather than silently skipped.
 *
 * (Libraries such as node-pg-migrate or postgres-migrations expect their own flat file layouts and
 * history tables; keeping Prisma's layout and table is what lets the CLI and /readyz share them.)
 */
export async function migratePostgres(url: string, options: { directory?: string } = {}): Promise<{ applied: string[] }> {
  const directory = options.directory ?? MIGRATIONS_DIRECTORY.postgresql;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await client.query(HISTORY_TABLE);
      return { applied: await applyPending(client, directory) };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

/** An arbitrary 64-bit key naming "Topograph's migrations" among the database's advisory locks. */
export const MIGRATION_LOCK_KEY = "7380961028431163205";

const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"            VARCHAR(64) NOT NULL,
    "finished_at"         TIMESTAMPTZ,
    "migration_name"      VARCHAR(255) NOT NULL,
    "logs"                TEXT,
    "rolled_back_at"      TIMESTAMPTZ,
    "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

async function applyPending(client: pg.Client, directory: string): Promise<string[]> {
  const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
    `SELECT "migration_name", "checksum", "finished_at" FROM "_prisma_migrations" WHERE "rolled_back_at" IS NULL`,
  );
  const unfinished = rows.find((row) => row.finished_at === null);
  if (unfinished) throw new Error(`Migration ${unfinished.migration_name} started but never finished; resolve it by hand before migrating again.`);
  const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
  const newlyApplied: string[] = [];
  for (const name of shippedMigrations(directory)) {
    const sql = fs.readFileSync(path.join(directory, name, "migration.sql"), "utf8");
    const checksum = createHash("sha256").update(sql).digest("hex");
    const recorded = applied.get(name);
    if (recorded !== undefined) {
      if (recorded !== checksum) throw new Error(`Migration ${name} was changed after it was applied to this database; add a new migration instead.`);
      continue;
    }
    await applyOne(client, name, sql, checksum);
    newlyApplied.push(name);
  }
  return newlyApplied;
}

async function applyOne(client: pg.Client, name: string, sql: string, checksum: string): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(`INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name") VALUES ($1, $2, $3)`, [id, checksum, name]);
    await client.query(sql);
    await client.query(`UPDATE "_prisma_migrations" SET "finished_at" = now(), "applied_steps_count" = 1 WHERE "id" = $1`, [id]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw new Error(`Migration ${name} failed and was rolled back: ${(error as Error).message}`);
  }
}
