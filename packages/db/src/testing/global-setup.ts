import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "../migrations.ts";

/**
 * Migrates one template database per test run with the real migration tool; each test file then
 * works on its own copy (see test-database.ts), which is far faster than migrating per file.
 */
export default async function setup({ provide }: { provide: (key: "templateDatabase", value: string) => void }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-test-"));
  const template = path.join(dir, "template.db");
  await migrateDatabase(`file:${template}`);
  provide("templateDatabase", template);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}
