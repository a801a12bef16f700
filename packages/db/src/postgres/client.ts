import { PrismaPg } from "@prisma/adapter-pg";
import type { TDb } from "../catalog/integrity.ts";
import type { TDatabase } from "../client.ts";
import { PrismaClient as PostgresPrismaClient } from "../generated-postgres/prisma/client.ts";
import { TRANSACTION_LIMITS } from "../transaction-limits.ts";

/** Whether DATABASE_URL names a PostgreSQL server rather than the embedded SQLite file. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * Opens the catalog database on PostgreSQL through the pg driver adapter.
 *
 * Prisma 6.19 generates one client per provider (the query compiler it embeds is built for one
 * provider, and the client refuses an adapter of another), so this uses the client generated from
 * prisma/postgres/schema.prisma into src/generated-postgres. Both come from the same models, so the
 * data-access functions take it under the SQLite client's type.
 */
export function createPostgresDatabase(url: string): TDatabase {
  if (!isPostgresUrl(url)) throw new Error(`A PostgreSQL DATABASE_URL starts with postgres:// or postgresql://, got one starting "${url.slice(0, url.indexOf(":") + 1)}".`);
  const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }), transactionOptions: TRANSACTION_LIMITS });
  // Not assignable as is: only the options differ (PostgreSQL offers more isolation levels and
  // `mode: "insensitive"`), while every model method the data-access functions call is the same.
  const db = client as unknown as TDatabase;
  postgresDatabases.add(db);
  return db;
}

const postgresDatabases = new WeakSet<TDatabase>();

/**
 * Whether the database was opened on PostgreSQL (by createPostgresDatabase), or is a transaction
 * opened on such a database. A transaction client is another object than the client it came from,
 * so for those this reads the provider Prisma's client keeps (`_activeProvider`: "sqlite" or
 * "postgresql", from the schema it was generated from).
 */
export function isPostgresDatabase(db: TDb): boolean {
  return postgresDatabases.has(db as TDatabase) || (db as { _activeProvider?: unknown })._activeProvider === "postgresql";
}
