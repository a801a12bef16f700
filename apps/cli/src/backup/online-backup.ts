import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { BackupRefused, inspectDatabaseFile, type TBackupContents } from "./verify-backup.ts";

/** Copy every page in one step: one read transaction, so writers cannot make the copy start over or mix states. */
const ALL_PAGES = 0x7fffffff;
const ATTEMPTS = 5;

/**
 * Copies a live SQLite database with SQLite's online backup API: a consistent snapshot even while
 * a server writes to it. Written beside the destination first and renamed once it checks out, so
 * `destination` is either the previous file or a complete backup, never half of one.
 */
export async function backupDatabase(source: string, destination: string, { force = false } = {}): Promise<TBackupContents> {
  if (!fs.existsSync(source)) throw new BackupRefused(`No database at ${source}.`);
  if (fs.existsSync(destination) && !force) throw new BackupRefused(`${destination} exists; pass --force to replace it.`);
  if (!fs.existsSync(path.dirname(path.resolve(destination)))) throw new BackupRefused(`The folder for ${destination} does not exist.`);
  const partial = path.join(path.dirname(path.resolve(destination)), `.${path.basename(destination)}.partial-${process.pid}`);
  // Read-write only so a journal left by a crashed writer can be rolled back; the backup writes nothing to it.
  const db = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    for (let attempt = 1; ; attempt++) {
      fs.rmSync(partial, { force: true });
      await db.backup(partial, { progress: () => ALL_PAGES });
      // A step that found the source locked by a writer can end without a copy; try again.
      if (fs.existsSync(partial) && fs.statSync(partial).size > 0) break;
      if (attempt === ATTEMPTS) throw new BackupRefused(`${source} stayed locked by writers; no backup was made. Try again.`);
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
    const contents = inspectDatabaseFile(partial);
    fs.renameSync(partial, destination);
    return contents;
  } finally {
    db.close();
    fs.rmSync(partial, { force: true });
  }
}
