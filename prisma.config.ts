// Prisma CLI configuration. The CLI runs on its wasm engine through the driver adapter, so
// `prisma generate`, `migrate deploy` and `migrate diff` work without downloading a native engine.
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

const root = import.meta.dirname;
// The schema's datasource reads DATABASE_URL; default it to the embedded SQLite file.
process.env.DATABASE_URL ??= `file:${path.join(root, "data", "topograph.db")}`;
const url = process.env.DATABASE_URL;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(root, "prisma", "schema.prisma"),
  migrations: { path: path.join(root, "prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => {
    // SQLite creates the file but not its folder.
    if (url.startsWith("file:")) fs.mkdirSync(path.dirname(path.resolve(url.slice(5))), { recursive: true });
    return new PrismaBetterSQLite3({ url });
  },
});
