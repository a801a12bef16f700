import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { demoDatabaseFile } from "@topograph/db/testing";
import { holderFile } from "@topograph/server/database-holder";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { backupCommand } from "./backup.ts";
import { restoreCommand } from "./restore.ts";

const quiet = () => {};

/** A database in use (the target) and a good backup of another one, in a folder of their own. */
async function setUp() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-restore-"));
  const current = await demoDatabaseFile({ practices: false });
  await current.db.$disconnect();
  const target = path.join(dir, "topograph.db");
  fs.copyFileSync(current.file, target);
  const backup = path.join(dir, "backup.db");
  await backupCommand([backup, "--database", `file:${target}`], quiet, {});
  // The live database moves on after the backup: one team fewer.
  const live = new Database(target);
  live.prepare("DELETE FROM TeamMember WHERE teamId IN (SELECT id FROM Team WHERE slug = 'sre')").run();
  live.prepare("UPDATE Team SET name = 'Renamed since the backup' WHERE slug = 'sre'").run();
  live.close();
  return { dir, target, backup, restore: (file: string, ...flags: string[]) => restoreCommand([file, "--database", `file:${target}`, ...flags], quiet, {}) };
}

const teamName = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT name FROM Team WHERE slug = 'sre'").get() as { name: string }).name;
  } finally {
    db.close();
  }
};

/** The target is byte for byte what it was, and no temporary file is left beside it. */
function expectUntouched(dir: string, target: string, before: Buffer) {
  expect(fs.readFileSync(target).equals(before)).toBe(true);
  expect(fs.readdirSync(dir).filter((name) => name.includes(".restore-") || name.includes("before-restore"))).toEqual([]);
}

describe("topograph restore", () => {
  it("replaces the database with the verified backup in one rename, keeping the one it replaced", async () => {
    const { dir, target, backup } = await setUp();
    const said: string[] = [];
    await restoreCommand([backup, "--database", `file:${target}`], (line) => said.push(line), {});
    expect(teamName(target)).not.toBe("Renamed since the backup");
    const kept = fs.readdirSync(dir).find((name) => name.startsWith("topograph.db.before-restore-"))!;
    expect(teamName(path.join(dir, kept))).toBe("Renamed since the backup");
    expect(said[1]).toBe(`Restored it to ${target}; the database it replaced is kept as ${path.join(dir, kept)}.`);
  });

  it("refuses a file that is not a database, a damaged backup and another SQLite database, leaving the database as it was", async () => {
    const { dir, target, backup, restore } = await setUp();
    const before = fs.readFileSync(target);

    const text = path.join(dir, "notes.txt");
    fs.writeFileSync(text, "x".repeat(8192));
    await expect(restore(text)).rejects.toThrow(`${text} is not a SQLite database.`);

    // Overwrite pages in the middle of a good backup: its b-trees no longer add up.
    const damaged = path.join(dir, "damaged.db");
    const bytes = fs.readFileSync(backup);
    bytes.fill(0x5a, 4096 * 3, 4096 * 6);
    fs.writeFileSync(damaged, bytes);
    await expect(restore(damaged)).rejects.toThrow(new RegExp(`^${damaged} (fails SQLite's integrity check|is damaged)`));

    const foreign = path.join(dir, "foreign.db");
    const other = new Database(foreign);
    other.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello');");
    other.close();
    await expect(restore(foreign)).rejects.toThrow(`${foreign} is a SQLite database but not Topograph's: it has no migration history.`);

    await expect(restore(path.join(dir, "missing.db"))).rejects.toThrow(`No file at ${path.join(dir, "missing.db")}.`);
    expectUntouched(dir, target, before);
  });

  it("refuses a backup from an older or a newer version of Topograph", async () => {
    const { dir, target, backup, restore } = await setUp();
    const before = fs.readFileSync(target);
    const variant = (name: string, sql: string) => {
      const file = path.join(dir, name);
      fs.copyFileSync(backup, file);
      const db = new Database(file);
      db.exec(sql);
      db.close();
      return file;
    };
    const older = variant("older.db", "DELETE FROM _prisma_migrations WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations)");
    await expect(restore(older)).rejects.toThrow(/was made by an older Topograph: it lacks 1 migration\(s\) this version ships \(.+\)\. Restore it with the version that made it/);
    const newer = variant("newer.db", "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ('x', 'x', '99991231000000_from_the_future', 0, 0, 1)");
    await expect(restore(newer)).rejects.toThrow("was made by a newer Topograph: it has 1 migration(s) this version does not ship (99991231000000_from_the_future)");
    expectUntouched(dir, target, before);
  });

  it("refuses a database a running server holds unless forced, and ignores the mark of a server that is gone", async () => {
    const { dir, target, backup, restore } = await setUp();
    const before = fs.readFileSync(target);
    // This test process stands in for the server: its pid is alive.
    fs.writeFileSync(holderFile(target), JSON.stringify({ pid: process.pid, hostname: os.hostname(), startedAt: "2026-01-01T00:00:00.000Z" }));
    await expect(restore(backup)).rejects.toThrow(`A Topograph server (pid ${process.pid} on ${os.hostname()}, since 2026-01-01T00:00:00.000Z) holds ${target}. Stop it first, or pass --force`);
    expectUntouched(dir, target, before);

    const said: string[] = [];
    await restoreCommand([backup, "--database", `file:${target}`, "--force"], (line) => said.push(line), {});
    expect(said.at(-1)).toBe("A running server held the database: restart it to serve the restored one.");
    expect(teamName(target)).not.toBe("Renamed since the backup");

    // A pid no process has (the kernel's pid_max is far below it): the mark of a server that crashed.
    fs.writeFileSync(holderFile(target), JSON.stringify({ pid: 2 ** 30, hostname: os.hostname(), startedAt: "2026-01-01T00:00:00.000Z" }));
    await expect(restore(backup)).resolves.toBeUndefined();
  });
});
