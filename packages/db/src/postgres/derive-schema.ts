/**
 * Derives the PostgreSQL Prisma schema from prisma/schema.prisma, the one source of truth.
 * The data model is provider-neutral by design (enumerations stored as text, no `@db.` types),
 * so only the header, the generator's output folder and the datasource's provider differ.
 */

export const POSTGRES_SCHEMA_HEADER = [
  "// GENERATED from prisma/schema.prisma by `npm run db:derive-postgres`: do not edit by hand.",
  "// Change prisma/schema.prisma, then re-derive; a test fails when this file drifts.",
  "",
].join("\n");

/** The PostgreSQL schema's text for the given SQLite schema's text. */
export function derivePostgresSchema(sqliteSchema: string): string {
  const nativeTypes = sqliteSchema.match(/@db\.\w+/g);
  if (nativeTypes) throw new Error(`prisma/schema.prisma uses native types (${[...new Set(nativeTypes)].join(", ")}): keep it provider-neutral or teach derive-schema.ts to map them.`);
  let derived = replaceOnce(sqliteSchema, /(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"', "the datasource's sqlite provider");
  derived = replaceOnce(derived, /(generator client \{[^}]*output\s*=\s*)"\.\.\/packages\/db\/src\/generated\/prisma"/, '$1"../../packages/db/src/generated-postgres/prisma"', "the client generator's output");
  return POSTGRES_SCHEMA_HEADER + derived;
}

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(text)) throw new Error(`Cannot derive the PostgreSQL schema: ${what} is not where derive-schema.ts expects it.`);
  return text.replace(pattern, replacement);
}
