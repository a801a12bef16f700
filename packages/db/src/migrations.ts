import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TDatabase } from "./client.ts";

/** The repository root, where prisma.config.ts and prisma/migrations live. */
export const REPOSITORY_ROOT = process.env.TOPOGRAPH_ROOT ?? findRepositoryRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRepositoryRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "prisma.config.ts"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No prisma.config.ts above ${from}; set TOPOGRAPH_ROOT.`);
  }
}

/** The embedded SQLite file used when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_URL = `file:${path.join(REPOSITORY_ROOT, "data", "topograph.db")}`;

/** Names of the migrations this build ships, oldest first. */
export function shippedMigrations(): string[] {
  const dir = path.join(REPOSITORY_ROOT, "prisma", "migrations");
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/** Applies pending migrations with `prisma migrate deploy` (the Prisma CLI on its wasm engine). */
export async function migrateDatabase(url: string): Promise<void> {
  const require = createRequire(import.meta.url);
  const cli = require.resolve("prisma/build/index.js", { paths: [REPOSITORY_ROOT] });
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "migrate", "deploy", "--config", path.join(REPOSITORY_ROOT, "prisma.config.ts")], {
      cwd: REPOSITORY_ROOT,
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) throw new Error(`Database migration failed (exit ${code}):\n${output.join("")}`);
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
  return { applied: applied.size, pending: shippedMigrations().filter((name) => !applied.has(name)) };
}
