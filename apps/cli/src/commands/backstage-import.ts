import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { bumpCatalogRevision, createDatabase, IMPORTED_KINDS, importBackstage } from "@topograph/db";
import { backstageLocationTargets, formatYamlProblem, holdsBackstageEntities, importBackstageFiles, type TBackstageFile } from "@topograph/domain";

export const BACKSTAGE_IMPORT_USAGE = `Usage: topograph import backstage <file|dir> --database <file: URL>

Imports Backstage catalog-info descriptors (Group, User, System, Domain, Component, API, Resource,
Location) into the catalog in one transaction: all of it or nothing. Entries with an existing slug
are updated. A directory contributes every *.yaml / *.yml file holding Backstage entities; Location
targets that are relative files are read too.

Options:
  --database <file: URL>  the database to write (default: $DATABASE_URL)`;

const YAML_FILE = /\.ya?ml$/i;

function yamlFilesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith(".") && entry.name !== "node_modules")
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return yamlFilesUnder(full);
      return entry.isFile() && YAML_FILE.test(entry.name) ? [full] : [];
    })
    .sort();
}

/**
 * Reads the starting file (or a directory's Backstage files) and every relative file a Location
 * names, each once. Names are relative to the working directory, as problems print them.
 */
export function readBackstageFiles(start: string, cwd = process.cwd()): TBackstageFile[] {
  const absolute = path.resolve(cwd, start);
  if (!fs.existsSync(absolute)) throw new Error(`${start} does not exist.`);
  const initial = fs.statSync(absolute).isDirectory() ? yamlFilesUnder(absolute).filter((file) => holdsBackstageEntities(fs.readFileSync(file, "utf8"))) : [absolute];
  const files: TBackstageFile[] = [];
  const queue = [...initial];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const file = queue.shift()!;
    const entry = { file: path.relative(cwd, file) || file, text: fs.readFileSync(file, "utf8") };
    files.push(entry);
    for (const { target } of backstageLocationTargets(entry)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // URLs are for Backstage to fetch, not a local import
      const next = path.resolve(path.dirname(file), target);
      if (seen.has(next)) continue;
      if (!fs.existsSync(next)) throw new Error(`${entry.file}: the Location target ${target} does not exist.`);
      seen.add(next);
      queue.push(next);
    }
  }
  return files;
}

export async function backstageImportCommand(args: string[], log: (line: string) => void = console.log, env: Record<string, string | undefined> = process.env): Promise<void> {
  const { values, positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: { database: { type: "string" } } });
  const [what, source, ...extra] = positionals;
  if (what !== "backstage" || !source || extra.length > 0) throw new Error(BACKSTAGE_IMPORT_USAGE);
  const database = values.database ?? env.DATABASE_URL;
  if (!database) throw new Error("Say which database to write: --database <file: URL> (or DATABASE_URL).");

  const files = readBackstageFiles(source);
  const mapped = importBackstageFiles(files);
  if (!mapped.ok) {
    throw new Error(`${mapped.problems.length} problem${mapped.problems.length === 1 ? "" : "s"}; nothing was imported.\n${mapped.problems.map(formatYamlProblem).join("\n")}`);
  }
  const db = createDatabase(database);
  try {
    const result = await importBackstage(db, mapped.catalog);
    // A running server caches what it scores: the marker tells it (and every replica) to read afresh.
    await bumpCatalogRevision(db);
    const counts = (lists: Record<string, string[]>) =>
      IMPORTED_KINDS.filter((kind) => lists[kind]!.length > 0).map((kind) => `${lists[kind]!.length} ${kind}`).join(", ") || "nothing";
    log(`Imported ${files.length} file${files.length === 1 ? "" : "s"}: created ${counts(result.created)}; updated ${counts(result.updated)}; unchanged ${counts(result.unchanged)}${result.organisationUpdated ? "; organisation updated" : ""}.`);
    for (const skipped of mapped.skipped) log(`Skipped ${skipped.kind} ${skipped.name} (${skipped.file}:${skipped.line}): ${skipped.reason}`);
  } finally {
    await db.$disconnect();
  }
}
