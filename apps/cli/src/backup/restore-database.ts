import fs from "node:fs";
import path from "node:path";
import { liveHolder } from "@topograph/server/database-holder";
import { BackupRefused, type TBackupContents, verifyBackup } from "./verify-backup.ts";

/** SQLite's files beside a database; they belong to the file they sit beside and move with it. */
const SIDE_FILES = ["-journal", "-wal", "-shm"];

export interface TRestoreReport {
  contents: TBackupContents;
  /** Where the database that was replaced now is; null when there was none. */
  previous: string | null;
  /** A server held the database and --force replaced it anyway: it must be restarted. */
  forcedPastServer: boolean;
}

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, "-");

function fsyncFile(file: string) {
  const fd = fs.openSync(file, "r+");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Replaces `target` with a verified copy of `backup`. The backup is checked first (integrity, and
 * this version's migrations), copied beside the target and checked again, then renamed over it in
 * one step: a failure at any point leaves the database as it was. The replaced database is kept
 * as `<target>.before-restore-<time>`. A database a running server holds is refused unless forced.
 */
export function restoreDatabase(backup: string, target: string, { force = false, now = new Date() } = {}): TRestoreReport {
  verifyBackup(backup);
  const holder = liveHolder(target);
  if (holder && !force) {
    throw new BackupRefused(
      `A Topograph server (pid ${holder.pid} on ${holder.hostname}, since ${holder.startedAt}) holds ${target}. Stop it first, or pass --force and restart it afterwards (until then it keeps serving the old file).`,
    );
  }
  const dir = path.dirname(path.resolve(target));
  fs.mkdirSync(dir, { recursive: true });
  const temporary = path.join(dir, `.${path.basename(target)}.restore-${process.pid}`);
  try {
    fs.copyFileSync(backup, temporary);
    fsyncFile(temporary);
    const contents = verifyBackup(temporary);
    let previous: string | null = null;
    if (fs.existsSync(target)) {
      previous = `${target}.before-restore-${stamp(now)}`;
      // A hard link keeps the old database whole without a moment where `target` is missing.
      try {
        fs.linkSync(target, previous);
      } catch {
        fs.copyFileSync(target, previous);
      }
      for (const side of SIDE_FILES) if (fs.existsSync(target + side)) fs.renameSync(target + side, previous + side);
    }
    fs.renameSync(temporary, target);
    // The rename is durable once the folder's entry is on disk.
    const folder = fs.openSync(dir, "r");
    try {
      fs.fsyncSync(folder);
    } finally {
      fs.closeSync(folder);
    }
    return { contents, previous, forcedPastServer: holder !== null };
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}
