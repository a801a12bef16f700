import fs from "node:fs";
import os from "node:os";

/**
 * A running server says which SQLite file it holds in `<file>.server` (its pid and host), so
 * `topograph restore` can refuse to swap the file under it. SQLite keeps no lock between
 * transactions, so the file alone cannot tell.
 */
export interface TDatabaseHolder {
  pid: number;
  hostname: string;
  startedAt: string;
}

export const holderFile = (databaseFile: string) => `${databaseFile}.server`;

/** Marks the database held by this process; the returned function lets go (on shutdown). */
export function holdDatabase(databaseFile: string, now = new Date()): () => void {
  const file = holderFile(databaseFile);
  const holder: TDatabaseHolder = { pid: process.pid, hostname: os.hostname(), startedAt: now.toISOString() };
  fs.writeFileSync(file, `${JSON.stringify(holder)}\n`);
  return () => {
    // Only our own mark: a second server on the same file may have written its own since.
    if (readHolder(databaseFile)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
}

export function readHolder(databaseFile: string): TDatabaseHolder | null {
  try {
    return JSON.parse(fs.readFileSync(holderFile(databaseFile), "utf8")) as TDatabaseHolder;
  } catch {
    return null;
  }
}

/**
 * The server that holds the file, when it is still running: a mark left by a crashed process on
 * this host is stale. A mark from another host cannot be checked, so it counts as held.
 */
export function liveHolder(databaseFile: string): TDatabaseHolder | null {
  const holder = readHolder(databaseFile);
  if (!holder) return null;
  if (holder.hostname !== os.hostname()) return holder;
  try {
    process.kill(holder.pid, 0);
    return holder;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM" ? holder : null;
  }
}
