import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../migrations.ts";
import { buildPostgresTemplates, type TPostgresTestDatabases } from "./postgres-templates.ts";
import { testDatabaseProvider } from "./provider.ts";

/**
 * Migrates one template database per test run with the real migration tool; each test file then
 * works on its own copy (see test-database.ts), which is far faster than migrating per file.
 *
 * With TOPOGRAPH_TEST_DATABASE=postgres, it also starts one throwaway PostgreSQL cluster for the
 * run and builds template databases in it (migrated, initialised, demo-loaded); each test database
 * is then a `CREATE DATABASE … TEMPLATE` of one of them. The SQLite template is built either way:
 * a few tests read it directly (the migration test, the server process test).
 */
export default async function setup({ provide }: { provide: <K extends keyof TProvided>(key: K, value: TProvided[K]) => void }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-test-"));
  const template = path.join(dir, "template.db");
  const [, cluster] = await Promise.all([
    migrateDatabase(`file:${template}`),
    testDatabaseProvider() === "postgres" ? buildPostgresTemplates() : null,
  ]);
  provide("templateDatabase", template);
  provide("postgresTestDatabases", cluster?.databases ?? null);
  return async () => {
    await cluster?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

interface TProvided {
  templateDatabase: string;
  postgresTestDatabases: TPostgresTestDatabases | null;
}

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated SQLite template file. */
    templateDatabase: string;
    /** The PostgreSQL cluster's templates when TOPOGRAPH_TEST_DATABASE=postgres, else null. */
    postgresTestDatabases: TPostgresTestDatabases | null;
  }
}
