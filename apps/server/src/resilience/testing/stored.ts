import { createDatabase, type TDatabase } from "@topograph/db";

/**
 * Reads a server's SQLite file on a connection of the test's own: after the server stopped, or
 * beside a running server that is idle (SQLite lets a second connection read committed data).
 */
export async function readStored<T>(databaseFile: string, read: (db: TDatabase) => Promise<T>): Promise<T> {
  const db = createDatabase(`file:${databaseFile}`);
  try {
    return await read(db);
  } finally {
    await db.$disconnect();
  }
}
