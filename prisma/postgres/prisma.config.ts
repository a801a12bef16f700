// Prisma CLI configuration for the derived PostgreSQL schema: used for `prisma generate` (the
// PostgreSQL client in packages/db/src/generated-postgres) and `prisma migrate diff`. Migrations
// are applied by packages/db's own runner, not by the CLI (its wasm engine cannot introspect
// PostgreSQL in Prisma 6.19); see docs/postgresql.md.
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

const here = import.meta.dirname;
process.env.DATABASE_URL ??= "postgres://localhost:5432/topograph";
const connectionString = process.env.DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(here, "schema.prisma"),
  migrations: { path: path.join(here, "migrations") },
  adapter: async () => new PrismaPg({ connectionString }),
});
