import path from "node:path";
import type { TDatabase } from "./client.ts";
import { isPostgresDatabase, isPostgresUrl } from "./postgres/client.ts";
import { migratePostgres } from "./postgres/migrate.ts";
import { runPrismaCli } from "./prisma-cli.ts";
import { MIGRATIONS_DIRECTORY, REPOSITORY_ROOT, shippedMigrations } from "./migration-files.ts";

export { MIGRATIONS_DIRECTORY, REPOSITORY_ROOT, shippedMigrations } from "./migration-files.ts";

/** The embedded SQLite file used when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_URL = `file:${path.join(REPOSITORY_ROOT, "data", "topograph.db")}`;

/**
 * Applies pending migrations: on SQLite with `prisma migrate deploy` (the Prisma CLI on its wasm
 * engine), on PostgreSQL with packages/db's own runner (see postgres/migrate.ts for why).
 */
export async function migrateDatabase(url: string): Promise<void> {
  if (isPostgresUrl(url)) {
    await migratePostgres(url);
    return;
  }
  try {
    await runPrismaCli(["migrate", "deploy"], { env: { DATABASE_URL: url } });
  } catch (error) {
    throw new Error(`Database migration failed: ${(error as Error).message}`);
  }
}

export interface TMigrationStatus {
  applied: number;
  pending: string[];
}

/** Which shipped migrations the database has not finished applying (for /readyz). */
export async function migrationStatus(db: TDatabase): Promise<TMigrationStatus> {
  const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
    `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const applied = new Set(rows.map((row) => row.migration_name));
  const shipped = shippedMigrations(isPostgresDatabase(db) ? MIGRATIONS_DIRECTORY.postgresql : MIGRATIONS_DIRECTORY.sqlite);
  return { applied: applied.size, pending: shipped.filter((name) => !applied.has(name)) };
}
