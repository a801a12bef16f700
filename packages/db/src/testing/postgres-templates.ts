import pg from "pg";
import { createDatabase, type TDatabase } from "../client.ts";
import { migratePostgres } from "../postgres/migrate.ts";
import { initialiseEmpty, loadDemo, type TDemoOptions } from "./demo-data.ts";
import { startPostgresServer } from "./postgres-server.ts";

/** The template databases a test run's PostgreSQL cluster holds, by what they contain. */
export type TPostgresTemplate = "migrated" | "empty" | "demo" | "demo_catalog" | "demo_no_scorecards" | "demo_catalog_no_scorecards";

/** What the global setup hands the test workers (plain data: it crosses process boundaries). */
export interface TPostgresTestDatabases {
  /** The cluster's administrative URL, to create and drop databases. */
  adminUrl: string;
  /** The cluster's URL without a database name: `${serverUrl}/${name}` opens one. */
  serverUrl: string;
  /** Each template's database name. */
  templates: Record<TPostgresTemplate, string>;
}

/** The template holding the demo organisation with these options. */
export function demoTemplate(options: TDemoOptions = {}): TPostgresTemplate {
  const practices = options.practices !== false;
  const scorecards = options.scorecards !== false;
  if (practices) return scorecards ? "demo" : "demo_no_scorecards";
  return scorecards ? "demo_catalog" : "demo_catalog_no_scorecards";
}

const DEMO_TEMPLATES: Record<Exclude<TPostgresTemplate, "migrated" | "empty">, TDemoOptions> = {
  demo: {},
  demo_catalog: { practices: false },
  demo_no_scorecards: { scorecards: false },
  demo_catalog_no_scorecards: { practices: false, scorecards: false },
};

/**
 * Starts the test run's PostgreSQL cluster and builds its templates: one migrated database, then,
 * as copies of it, one initialised like a new install and one per demo variant (loading the demo
 * organisation takes seconds over the wire; copying a database of it takes tens of milliseconds).
 * Templates refuse connections once built, as PostgreSQL copies a database only while nobody uses it.
 */
export async function buildPostgresTemplates(): Promise<{ databases: TPostgresTestDatabases; stop: () => Promise<void> }> {
  const server = await startPostgresServer();
  try {
    const serverUrl = server.url.slice(0, server.url.lastIndexOf("/"));
    const templates = Object.fromEntries(
      (["migrated", "empty", ...Object.keys(DEMO_TEMPLATES)] as TPostgresTemplate[]).map((name) => [name, `template_${name}`]),
    ) as Record<TPostgresTemplate, string>;
    // A pool: the templates are filled concurrently, each copy and freeze on its own connection.
    const admin = new pg.Pool({ connectionString: server.url, max: 6 });
    try {
      await migratePostgres(await server.createDatabase(templates.migrated));
      await freeze(admin, templates.migrated);
      const fill = async (name: TPostgresTemplate, load: (db: TDatabase) => Promise<void>) => {
        await admin.query(`CREATE DATABASE "${templates[name]}" TEMPLATE "${templates.migrated}"`);
        const db = createDatabase(`${serverUrl}/${templates[name]}`);
        try {
          await load(db);
        } finally {
          await db.$disconnect();
        }
        await freeze(admin, templates[name]);
      };
      await Promise.all([
        fill("empty", initialiseEmpty),
        ...Object.entries(DEMO_TEMPLATES).map(([name, options]) => fill(name as TPostgresTemplate, (db) => loadDemo(db, options))),
      ]);
    } finally {
      await admin.end();
    }
    return { databases: { adminUrl: server.url, serverUrl, templates }, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Marks a finished template: a template, and closed to connections so nothing changes it by mistake. */
async function freeze(admin: pg.Pool, name: string): Promise<void> {
  await admin.query(`ALTER DATABASE "${name}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
}
