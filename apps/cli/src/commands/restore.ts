import { parseArgs } from "node:util";
import { DEFAULT_DATABASE_URL, sqliteFilePath } from "@topograph/db";
import { restoreDatabase } from "../backup/restore-database.ts";

export const RESTORE_USAGE = `Usage: topograph restore <file> [options]

Replaces the SQLite database with the backup <file>, after checking it: SQLite's integrity check,
and the same migrations as this version of Topograph ships. The new file is written beside the
database and renamed over it, so a failure leaves the database as it was; the replaced database
is kept as <database>.before-restore-<time>. Stop the server first.

Options:
  --database <file: URL>  the database to replace (default: $DATABASE_URL, else the server's default)
  --force                 replace it even while a running server holds it (restart the server then)`;

export async function restoreCommand(args: string[], log: (line: string) => void = console.log, env: Record<string, string | undefined> = process.env): Promise<void> {
  const { values, positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: { database: { type: "string" }, force: { type: "boolean", default: false } } });
  if (positionals.length !== 1) throw new Error(RESTORE_USAGE);
  const backup = positionals[0]!;
  const target = sqliteFilePath(values.database ?? env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  const { contents, previous, forcedPastServer } = restoreDatabase(backup, target, { force: values.force });
  log(`Verified ${backup}: integrity check ok, its ${contents.migrations.length} migrations match this version, ${contents.teams} teams, ${contents.components} components.`);
  log(`Restored it to ${target}${previous ? `; the database it replaced is kept as ${previous}` : ""}.`);
  if (forcedPastServer) log("A running server held the database: restart it to serve the restored one.");
}
