import fs from "node:fs";
import path from "node:path";
import { PrismaClient } from "./generated/prisma/client.ts";
import { createPostgresDatabase, isPostgresUrl } from "./postgres/client.ts";
import { serialisedSqliteAdapter } from "./sqlite-adapter.ts";
import { TRANSACTION_LIMITS } from "./transaction-limits.ts";

export type TDatabase = PrismaClient;

/** Resolves a `file:` URL to an absolute path, so the server, the CLI and tests agree on one file. */
export function sqliteFilePath(url: string): string {
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must be a file: URL for SQLite, got "${url}".`);
  return path.resolve(url.slice("file:".length));
}

/**
 * Opens the catalog database: PostgreSQL for a postgres:// URL, otherwise the SQLite file of a
 * file: URL, whose folder is created when it does not exist yet. SQLite's one connection serves
 * one transaction or query at a time (sqlite-adapter.ts).
 */
export function createDatabase(url: string): TDatabase {
  if (isPostgresUrl(url)) return createPostgresDatabase(url);
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return new PrismaClient({ adapter: serialisedSqliteAdapter(`file:${file}`), transactionOptions: TRANSACTION_LIMITS });
}
