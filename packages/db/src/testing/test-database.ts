import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { createDatabase, type TDatabase } from "../client.ts";
import { DEMO_ORGANISATION } from "@topograph/domain";
import { initialiseCatalog, loadCatalog } from "../seed/load-catalog.ts";

let copies = 0;

/** A fresh, migrated SQLite file for one test or test file. */
export function freshDatabase(): { db: TDatabase; file: string } {
  const template = inject("templateDatabase");
  const file = path.join(path.dirname(template), `test-${process.pid}-${++copies}.db`);
  fs.copyFileSync(template, file);
  return { db: createDatabase(`file:${file}`), file };
}

/** A fresh database holding the article's demo organisation. */
export async function demoDatabase(): Promise<TDatabase> {
  const { db } = freshDatabase();
  await loadCatalog(db, DEMO_ORGANISATION);
  return db;
}

/** A fresh database initialised as a user would start: an organisation and nothing else. */
export async function emptyDatabase(): Promise<TDatabase> {
  const { db } = freshDatabase();
  await initialiseCatalog(db, { loadDemo: false });
  return db;
}
