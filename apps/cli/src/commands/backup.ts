import { parseArgs } from "node:util";
import { DEFAULT_DATABASE_URL, sqliteFilePath } from "@topograph/db";
import { backupDatabase } from "../backup/online-backup.ts";

export const BACKUP_USAGE = `Usage: topograph backup <file> [options]

Copies the SQLite database to <file> with SQLite's online backup: a consistent snapshot, safe
while the server runs and writes. Restore it with \`topograph restore <file>\`.

Options:
  --database <file: URL>  the database to copy (default: $DATABASE_URL, else the server's default)
  --force                 replace <file> when it exists`;

export async function backupCommand(args: string[], log: (line: string) => void = console.log, env: Record<string, string | undefined> = process.env): Promise<void> {
  const { values, positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: { database: { type: "string" }, force: { type: "boolean", default: false } } });
  if (positionals.length !== 1) throw new Error(BACKUP_USAGE);
  const destination = positionals[0]!;
  const source = sqliteFilePath(values.database ?? env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  const started = Date.now();
  const contents = await backupDatabase(source, destination, { force: values.force });
  log(
    `Backed up ${source} to ${destination} in ${Date.now() - started} ms: ${contents.bytes} bytes, ${contents.migrations.length} migrations, ${contents.teams} teams, ${contents.components} components; integrity check ok.`,
  );
}
