import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema } from "./derive-schema.ts";
import { derivedPostgresSchema, POSTGRES_SCHEMA_FILE } from "./schema-files.ts";

describe("the PostgreSQL schema derived from prisma/schema.prisma", () => {
  it("is the committed prisma/postgres/schema.prisma (else run npm run db:derive-postgres)", () => {
    expect(fs.readFileSync(POSTGRES_SCHEMA_FILE, "utf8")).toBe(derivedPostgresSchema());
  });

  it("differs from SQLite's only in the provider, the client's folder and its header", () => {
    const derived = derivedPostgresSchema().split("\n");
    expect(derived.filter((line) => /provider\s*=\s*"postgresql"|generated-postgres/.test(line))).toHaveLength(2);
    expect(derived.filter((line) => /sqlite|src\/generated\//.test(line))).toEqual([]);
  });

  it("refuses native column types, which would need a mapping per provider", () => {
    const schema = 'generator client {\n  output = "../packages/db/src/generated/prisma"\n}\ndatasource db {\n  provider = "sqlite"\n}\nmodel A {\n  id String @id @db.Text\n}\n';
    expect(() => derivePostgresSchema(schema)).toThrow(/native types \(@db\.Text\)/);
  });
});
