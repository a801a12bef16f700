import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { createDatabase, type TDatabase } from "../client.ts";
import { initialiseEmpty, loadDemo, type TDemoOptions } from "./demo-data.ts";
import { POSTGRES_BIN } from "./postgres-server.ts";
import { demoTemplate, type TPostgresTemplate } from "./postgres-templates.ts";

let copies = 0;

/** A test database: its client, its URL, and (SQLite only) its file. */
export interface TTestDatabase {
  db: TDatabase;
  /** The URL it opens with: `file:…` on SQLite, `postgres://…` on PostgreSQL. */
  url: string;
  /** The SQLite file, for tools that open the file themselves; PostgreSQL databases have none and throw. */
  file: string;
}

/**
 * A fresh, migrated database for one test or test file: a copy of the run's SQLite template file,
 * or, with TOPOGRAPH_TEST_DATABASE=postgres, a copy of its PostgreSQL template database.
 */
export function freshDatabase(): TTestDatabase {
  return postgresCopy("migrated") ?? sqliteCopy();
}

/** A fresh, migrated SQLite database whatever TOPOGRAPH_TEST_DATABASE says: for specifications of SQLite's own behaviour. */
export function freshSqliteDatabase(): TTestDatabase {
  return sqliteCopy();
}

/**
 * A fresh database holding the demo organisation; with `practices: false`, only its catalog
 * (no checklist answers or decisions), for specifications that start from a blank checklist.
 */
export async function demoDatabase(options: TDemoOptions = {}): Promise<TDatabase> {
  return (await demoDatabaseFile(options)).db;
}

/** The demo database and its file, for tools that open the file themselves (the CLI). */
export async function demoDatabaseFile(options: TDemoOptions = {}): Promise<TTestDatabase> {
  // PostgreSQL copies a template that already holds the demo; loading it over the wire takes seconds.
  const copy = postgresCopy(demoTemplate(options));
  if (copy) return copy;
  const fresh = sqliteCopy();
  await loadDemo(fresh.db, options);
  return fresh;
}

/** A fresh database initialised as a user would start: an organisation and nothing else. */
export async function emptyDatabase(): Promise<TDatabase> {
  const copy = postgresCopy("empty");
  if (copy) return copy.db;
  const { db } = sqliteCopy();
  await initialiseEmpty(db);
  return db;
}

function sqliteCopy(): TTestDatabase {
  const template = inject("templateDatabase");
  const file = path.join(path.dirname(template), `test-${process.pid}-${++copies}.db`);
  fs.copyFileSync(template, file);
  const url = `file:${file}`;
  return { db: createDatabase(url), url, file };
}

/** PostgreSQL databases this test file created, dropped by closeTestDatabases. */
const postgresCopies: { db: TDatabase; name: string }[] = [];

/**
 * On PostgreSQL, a new database copied from one of the run's templates (`CREATE DATABASE … TEMPLATE`,
 * tens of milliseconds); null on SQLite. Synchronous, through psql, so freshDatabase stays synchronous.
 */
function postgresCopy(template: TPostgresTemplate): TTestDatabase | null {
  const cluster = inject("postgresTestDatabases");
  if (!cluster) return null;
  const name = `test_${process.pid}_${++copies}_${randomBytes(3).toString("hex")}`;
  execFileSync(path.join(POSTGRES_BIN, "psql"), ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", cluster.adminUrl, "-c", `CREATE DATABASE "${name}" TEMPLATE "${cluster.templates[template]}"`], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const url = `${cluster.serverUrl}/${name}`;
  const db = createDatabase(url);
  postgresCopies.push({ db, name });
  return {
    db,
    url,
    get file(): string {
      throw new Error("This test database is on PostgreSQL (TOPOGRAPH_TEST_DATABASE=postgres) and has no file: the test needs SQLite.");
    },
  };
}

/**
 * Disconnects and drops the PostgreSQL databases this test file created (setup.ts runs it after
 * each file), so a run neither piles up connections nor gigabytes of copies. SQLite files stay
 * until the run's folder is removed, as before.
 */
export async function closeTestDatabases(): Promise<void> {
  const cluster = inject("postgresTestDatabases");
  const closing = postgresCopies.splice(0);
  if (!cluster || closing.length === 0) return;
  await Promise.all(closing.map(({ db }) => db.$disconnect()));
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  try {
    for (const { name } of closing) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
