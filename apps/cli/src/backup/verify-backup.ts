import fs from "node:fs";
import { shippedMigrations } from "@topograph/db";
import Database from "better-sqlite3";

/** A backup or restore that must not go ahead; the message says why and what to do. */
export class BackupRefused extends Error {}

export interface TBackupContents {
  /** Finished migrations in the file, oldest first. */
  migrations: string[];
  bytes: number;
  teams: number;
  components: number;
}

/**
 * Reads a SQLite file as a Topograph database: it must open, pass `PRAGMA integrity_check` and
 * carry a finished migration history. Opened read-only: nothing is written to it.
 */
export function inspectDatabaseFile(file: string): TBackupContents {
  if (!fs.existsSync(file)) throw new BackupRefused(`No file at ${file}.`);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const problems = (db.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check).filter((row) => row !== "ok");
    if (problems.length > 0) throw new BackupRefused(`${file} fails SQLite's integrity check (${problems.slice(0, 3).join("; ")}); it is damaged.`);
    const history = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!history) throw new BackupRefused(`${file} is a SQLite database but not Topograph's: it has no migration history.`);
    const rows = db.prepare("SELECT migration_name AS name, finished_at AS finished FROM _prisma_migrations WHERE rolled_back_at IS NULL ORDER BY migration_name").all() as { name: string; finished: unknown }[];
    const unfinished = rows.filter((row) => row.finished === null).map((row) => row.name);
    if (unfinished.length > 0) throw new BackupRefused(`${file} has a migration that never finished (${unfinished.join(", ")}); it was copied from a failed upgrade.`);
    const count = (table: string) => (db!.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    return { migrations: rows.map((row) => row.name), bytes: fs.statSync(file).size, teams: count("Team"), components: count("Component") };
  } catch (error) {
    if (error instanceof BackupRefused) throw error;
    const code = (error as { code?: string }).code;
    if (code === "SQLITE_NOTADB") throw new BackupRefused(`${file} is not a SQLite database.`);
    if (code === "SQLITE_CORRUPT") throw new BackupRefused(`${file} is damaged: SQLite reads it as malformed (${(error as Error).message}).`);
    throw new BackupRefused(`${file} cannot be read as a Topograph database: ${(error as Error).message}`);
  } finally {
    db?.close();
  }
}

/**
 * A backup this version can restore: sound, and holding exactly the migrations it ships. An older
 * or newer file belongs to another version of Topograph, whose schema differs.
 */
export function verifyBackup(file: string): TBackupContents {
  const contents = inspectDatabaseFile(file);
  const shipped = shippedMigrations();
  const unknown = contents.migrations.filter((name) => !shipped.includes(name));
  const missing = shipped.filter((name) => !contents.migrations.includes(name));
  if (unknown.length > 0) {
    throw new BackupRefused(`${file} was made by a newer Topograph: it has ${unknown.length} migration(s) this version does not ship (${unknown.join(", ")}). Restore it with that version.`);
  }
  if (missing.length > 0) {
    throw new BackupRefused(
      `${file} was made by an older Topograph: it lacks ${missing.length} migration(s) this version ships (${missing.join(", ")}). Restore it with the version that made it, then upgrade (the server applies the rest when it starts).`,
    );
  }
  return contents;
}
