import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { createDatabase, type TDatabase } from "../client.ts";
import { DEMO_ORGANISATION } from "@topograph/domain";
import { initialiseCatalog, loadCatalog } from "../seed/load-catalog.ts";
import { installBuiltInScorecards } from "../scorecards/definitions.ts";

let copies = 0;

/** A fresh, migrated SQLite file for one test or test file. */
export function freshDatabase(): { db: TDatabase; file: string } {
  const template = inject("templateDatabase");
  const file = path.join(path.dirname(template), `test-${process.pid}-${++copies}.db`);
  fs.copyFileSync(template, file);
  return { db: createDatabase(`file:${file}`), file };
}

/**
 * A fresh database holding the demo organisation; with `practices: false`, only its catalog
 * (no checklist answers or decisions), for specifications that start from a blank checklist.
 */
export async function demoDatabase(options: { practices?: boolean; scorecards?: boolean } = {}): Promise<TDatabase> {
  return (await demoDatabaseFile(options)).db;
}

/** The demo database and its file, for tools that open the file themselves (the CLI). */
export async function demoDatabaseFile(options: { practices?: boolean; scorecards?: boolean } = {}): Promise<{ db: TDatabase; file: string }> {
  const fresh = freshDatabase();
  const { checklistAnswers: _answers, decisions: _decisions, ...catalog } = DEMO_ORGANISATION;
  await loadCatalog(fresh.db, options.practices === false ? catalog : DEMO_ORGANISATION);
  if (options.scorecards !== false) await installBuiltInScorecards(fresh.db);
  return fresh;
}

/** A fresh database initialised as a user would start: an organisation and nothing else. */
export async function emptyDatabase(): Promise<TDatabase> {
  const { db } = freshDatabase();
  await initialiseCatalog(db, { loadDemo: false });
  return db;
}
