import { DEMO_ORGANISATION } from "@topograph/domain";
import type { TDatabase } from "../client.ts";
import { initialiseCatalog, loadCatalog } from "../seed/load-catalog.ts";
import { installBuiltInScorecards } from "../scorecards/definitions.ts";

/** What a demo test database holds: by default the whole demo organisation and the built-in scorecards. */
export interface TDemoOptions {
  /** false: only the demo's catalog, without checklist answers or decisions. */
  practices?: boolean;
  /** false: without the built-in scorecards. */
  scorecards?: boolean;
}

/** Loads the demo organisation into a migrated, empty database. */
export async function loadDemo(db: TDatabase, options: TDemoOptions = {}): Promise<void> {
  const { checklistAnswers: _answers, decisions: _decisions, ...catalog } = DEMO_ORGANISATION;
  await loadCatalog(db, options.practices === false ? catalog : DEMO_ORGANISATION);
  if (options.scorecards !== false) await installBuiltInScorecards(db);
}

/** Initialises a migrated database as a user would start: an organisation and nothing else. */
export async function initialiseEmpty(db: TDatabase): Promise<void> {
  await initialiseCatalog(db, { loadDemo: false });
}
