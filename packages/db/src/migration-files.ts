import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, where prisma.config.ts and prisma/ live. */
export const REPOSITORY_ROOT = process.env.TOPOGRAPH_ROOT ?? findRepositoryRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRepositoryRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "prisma.config.ts"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No prisma.config.ts above ${from}; set TOPOGRAPH_ROOT.`);
  }
}

/** Where each provider's migrations live: SQLite's are written with `npm run db:diff`, PostgreSQL's derived from them. */
export const MIGRATIONS_DIRECTORY = {
  sqlite: path.join(REPOSITORY_ROOT, "prisma", "migrations"),
  postgresql: path.join(REPOSITORY_ROOT, "prisma", "postgres", "migrations"),
} as const;

/** Names of the migrations this build ships (SQLite's unless told), oldest first. */
export function shippedMigrations(dir: string = MIGRATIONS_DIRECTORY.sqlite): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}
