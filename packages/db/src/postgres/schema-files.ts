import fs from "node:fs";
import path from "node:path";
import { REPOSITORY_ROOT } from "../migration-files.ts";
import { runPrismaCli } from "../prisma-cli.ts";
import { derivePostgresSchema } from "./derive-schema.ts";

export const SQLITE_SCHEMA_FILE = path.join(REPOSITORY_ROOT, "prisma", "schema.prisma");
export const POSTGRES_SCHEMA_FILE = path.join(REPOSITORY_ROOT, "prisma", "postgres", "schema.prisma");
export const POSTGRES_PRISMA_CONFIG = path.join(REPOSITORY_ROOT, "prisma", "postgres", "prisma.config.ts");

/** The PostgreSQL schema as derived now from prisma/schema.prisma. */
export function derivedPostgresSchema(): string {
  return derivePostgresSchema(fs.readFileSync(SQLITE_SCHEMA_FILE, "utf8"));
}

/**
 * The SQL that takes a PostgreSQL database from one schema file's model to another's (`null`: from
 * an empty database), written by `prisma migrate diff` from the files alone, without a database.
 * It runs under the root config: the CLI's engine needs an adapter to start, and the SQLite one
 * opens no server, while the SQL's dialect follows the schema files' provider.
 */
export async function postgresMigrationScript(fromSchemaFile: string | null, toSchemaFile: string): Promise<string> {
  const from = fromSchemaFile === null ? ["--from-empty"] : ["--from-schema-datamodel", fromSchemaFile];
  return runPrismaCli(["migrate", "diff", ...from, "--to-schema-datamodel", toSchemaFile, "--script"]);
}

/** Generates the PostgreSQL client into packages/db/src/generated-postgres. */
export async function generatePostgresClient(): Promise<void> {
  await runPrismaCli(["generate"], { config: POSTGRES_PRISMA_CONFIG });
}
