import fs from "node:fs";
import { parseArgs } from "node:util";
import { createDatabase, exportBackstage } from "@topograph/db";

export const BACKSTAGE_EXPORT_USAGE = `Usage: topograph export backstage --database <file: URL> [--out <file>]

Writes the catalog as Backstage catalog-info descriptors; topograph.io/* annotations keep what
Backstage has no field for, so \`topograph import backstage\` reads the same catalog back.

Options:
  --database <file: URL>  the database to read (default: $DATABASE_URL)
  --out <file>            write to this file instead of standard output`;

export async function backstageExportCommand(args: string[], write: (text: string) => void = (text) => process.stdout.write(text), env: Record<string, string | undefined> = process.env): Promise<void> {
  const { values, positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: { database: { type: "string" }, out: { type: "string" } } });
  if (positionals.length !== 1 || positionals[0] !== "backstage") throw new Error(BACKSTAGE_EXPORT_USAGE);
  const database = values.database ?? env.DATABASE_URL;
  if (!database) throw new Error("Say which database to read: --database <file: URL> (or DATABASE_URL).");
  const db = createDatabase(database);
  try {
    const { text } = await exportBackstage(db);
    if (values.out) fs.writeFileSync(values.out, text);
    else write(text);
  } finally {
    await db.$disconnect();
  }
}
