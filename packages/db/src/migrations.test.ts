import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { inject } from "vitest";
import { describe, expect, it } from "vitest";
import { REPOSITORY_ROOT, shippedMigrations } from "./migrations.ts";

/** Table and index definitions, normalised for whitespace, without Prisma's bookkeeping. */
/** Tables and indexes; triggers (the audit log's append-only guard) are beyond Prisma's schema language, specified in audit/. */
function schemaOf(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND type <> 'trigger' AND name NOT LIKE '_prisma%' AND name NOT LIKE 'sqlite_%' ORDER BY type, name")
      .all()
      .map((row) => {
        const { type, name, sql } = row as { type: string; name: string; sql: string };
        return `${type} ${name}: ${sql.replace(/\s+/g, " ")}`;
      });
  } finally {
    db.close();
  }
}

describe("migrations", () => {
  it("produce exactly the schema that prisma/schema.prisma describes (no drift)", () => {
    // The schema rendered as SQL from scratch, applied to an empty file, against the migrated template.
    const fromSchema = execFileSync(
      process.execPath,
      [path.join(REPOSITORY_ROOT, "node_modules", "prisma", "build", "index.js"), "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { cwd: REPOSITORY_ROOT, env: { ...process.env, DATABASE_URL: `file:${path.join(os.tmpdir(), "topograph-unused.db")}` }, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" },
    );
    const rendered = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "topograph-schema-")), "rendered.db");
    const db = new Database(rendered);
    db.exec(fromSchema);
    db.close();
    expect(schemaOf(inject("templateDatabase"))).toEqual(schemaOf(rendered));
  });

  it("are shipped in order with a migration.sql each", () => {
    const names = shippedMigrations();
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect([...names].sort()).toEqual(names);
  });
});
