import pg from "pg";
import { isPostgresUrl } from "./client.ts";

/** An arbitrary 64-bit key naming "a Topograph replica is starting" among the database's advisory locks. */
const STARTUP_LOCK_KEY = "7380961028431163206";

/**
 * Runs start-up (migrations, first initialisation, the first administrator) while holding a
 * session-level advisory lock on its own connection, so replicas starting together on a new
 * PostgreSQL database take turns: the first loads the organisation, the others find it there.
 * A SQLite file has one server, which needs no lock.
 */
export async function withStartupLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  if (!isPostgresUrl(url)) return work();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [STARTUP_LOCK_KEY]);
    return await work();
  } finally {
    // Ending the session releases the lock, also when work failed.
    await client.end();
  }
}
