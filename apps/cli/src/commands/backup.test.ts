import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { demoDatabaseFile } from "@topograph/db/testing";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { backupCommand } from "./backup.ts";
import { restoreCommand } from "./restore.ts";

const CLI_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "topograph-backup-"));

/**
 * Another process writing to the database as a server would: one team per transaction, numbered,
 * so a consistent snapshot holds writer-1 … writer-k with no gap.
 */
function startWriter(file: string) {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1], { timeout: 5000 });
    const insert = db.prepare("INSERT INTO Team (id, slug, name, type, createdAt, updatedAt) VALUES (?, ?, ?, 'stream-aligned', ?, ?)");
    let n = 0;
    const write = () => {
      for (let i = 0; i < 20; i++) { n++; insert.run("writer-" + n, "writer-" + n, "Writer " + n, Date.now(), Date.now()); }
      if (n === 20) console.log("writing");
      setImmediate(write);
    };
    write();`;
  const child = spawn(process.execPath, ["-e", script, file], { cwd: CLI_DIR, stdio: ["ignore", "pipe", "pipe"] });
  const writing = new Promise<void>((resolve, reject) => {
    child.stdout.once("data", () => resolve());
    child.stderr.on("data", (chunk: Buffer) => reject(new Error(chunk.toString())));
  });
  const stop = () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill())));
  return { writing, stop };
}

/** Every table's rows, in a stable order: what "the same database" means here. */
function dump(file: string): Record<string, unknown[]> {
  // Not read-only: a writer killed mid-transaction leaves a journal that the next reader rolls back.
  const db = new Database(file, { timeout: 5000 });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all()]));
  } finally {
    db.close();
  }
}

describe("topograph backup", () => {
  it("copies a database while another process writes to it, and the copy restores to the same catalog", async () => {
    const { db, file } = await demoDatabaseFile();
    await db.$disconnect();
    const demo = dump(file);
    const [demoTeams, demoComponents] = [demo.Team!.length, demo.Component!.length];
    const writer = startWriter(file);
    await writer.writing;
    const dir = tempDir();
    const backup = path.join(dir, "topograph-backup.db");
    const printed: string[] = [];
    let copyTeams = 0;
    try {
      await backupCommand([backup, "--database", `file:${file}`], (line) => printed.push(line), {});
      copyTeams = dump(backup).Team!.length;
      // The source goes on after the snapshot.
      await expect.poll(() => dump(file).Team!.length).toBeGreaterThan(copyTeams);
    } finally {
      await writer.stop();
    }
    expect(printed.join("\n")).toMatch(new RegExp(`^Backed up ${file} to ${backup} in \\d+ ms: \\d+ bytes, \\d+ migrations, \\d+ teams, ${demoComponents} components; integrity check ok\\.$`));

    // A snapshot of one moment: the demo catalog whole, and the writer's teams without a gap.
    const copy = dump(backup);
    const written = (copy.Team as { slug: string }[]).filter((t) => t.slug.startsWith("writer-")).map((t) => Number(t.slug.slice("writer-".length)));
    expect(written.length).toBeGreaterThan(0);
    expect(written.sort((a, b) => a - b)).toEqual(Array.from({ length: written.length }, (_, i) => i + 1));
    expect(copy.Team!.length).toBe(demoTeams + written.length);

    const restoredTo = path.join(dir, "restored", "topograph.db");
    const said: string[] = [];
    await restoreCommand([backup, "--database", `file:${restoredTo}`], (line) => said.push(line), {});
    expect(said).toEqual([
      expect.stringMatching(new RegExp(`^Verified ${backup}: integrity check ok, its \\d+ migrations match this version, ${copy.Team!.length} teams, ${demoComponents} components\\.$`)),
      `Restored it to ${restoredTo}.`,
    ]);
    expect(dump(restoredTo)).toEqual(copy);
  });

  it("never replaces an existing file unless forced, and says where it reads when nothing is given", async () => {
    const { db, file } = await demoDatabaseFile({ practices: false });
    await db.$disconnect();
    const backup = path.join(tempDir(), "b.db");
    fs.writeFileSync(backup, "keep me");
    await expect(backupCommand([backup, "--database", `file:${file}`], () => {}, {})).rejects.toThrow(`${backup} exists; pass --force to replace it.`);
    expect(fs.readFileSync(backup, "utf8")).toBe("keep me");
    await backupCommand([backup, "--database", `file:${file}`, "--force"], () => {}, {});
    expect(dump(backup)).toEqual(dump(file));
    await expect(backupCommand([path.join(tempDir(), "c.db")], () => {}, { DATABASE_URL: "file:/nonexistent/topograph.db" })).rejects.toThrow("No database at /nonexistent/topograph.db.");
    await expect(backupCommand([], () => {}, {})).rejects.toThrow(/^Usage: topograph backup <file>/);
  });
});
