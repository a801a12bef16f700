// `npm run bench` (import part): a 20,000-entity Backstage catalog imported as a user imports it,
// `topograph import backstage <file>` (the built CLI) into a new database. Target (issue 10): < 10 s.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { catalogToBackstageYaml, ENTERPRISE_SIZE, generateEnterprise, importBackstageFiles } from "@topograph/domain";
import { createDatabase, migrateDatabase, REPOSITORY_ROOT } from "../src/index.ts";

const TARGET_MS = 10_000;
/** Four tenths of the product's target scale: 20,280 Backstage entities (groups, users, systems, resources, components). */
const SIZE = { ...ENTERPRISE_SIZE, teams: 800, boundedContexts: 200, components: 4800, repositories: 8000, namespaces: 2000, clusters: 4, dependencies: 12_000 };
const CLI = path.join(REPOSITORY_ROOT, "apps/cli/dist/main.js");

async function time<T>(work: () => Promise<T> | T): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-import-bench-"));
const file = path.join(dir, "catalog-info.yaml");
const text = catalogToBackstageYaml(generateEnterprise(SIZE));
fs.writeFileSync(file, text);
const entities: Record<string, number> = {};
for (const match of text.matchAll(/^kind: (\w+)$/gm)) entities[match[1]!] = (entities[match[1]!] ?? 0) + 1;
const entityCount = Object.values(entities).reduce((a, b) => a + b, 0);
console.log(`${entityCount} Backstage entities (${Object.entries(entities).map(([kind, n]) => `${n} ${kind}`).join(", ")}), ${(text.length / 2 ** 20).toFixed(1)} MiB of YAML.`);

// What the import reads before it writes: parse and map, in this process, for the split.
const [parseMs, mapped] = await time(() => importBackstageFiles([{ file: "catalog-info.yaml", text }]));
if (!mapped.ok) throw new Error(`The generated catalog does not map: ${JSON.stringify(mapped.problems.slice(0, 3))}`);

// As a user runs it: a new database (migrated, as the server's first start leaves it), then the command.
const url = `file:${path.join(dir, "imported.db")}`;
await migrateDatabase(url);
const [importMs, run] = await time(() => spawnSync(process.execPath, [CLI, "import", "backstage", file, "--database", url], { encoding: "utf8", maxBuffer: 64 * 2 ** 20 }));
if (run.status !== 0) throw new Error(`topograph import backstage failed (exit ${run.status ?? run.signal}):\n${run.stderr}`);
console.log(run.stdout.split("\n")[0]);
// Importing the same files again (a scheduled sync from Backstage): every entry found unchanged, nothing written.
const [reimportMs, again] = await time(() => spawnSync(process.execPath, [CLI, "import", "backstage", file, "--database", url], { encoding: "utf8", maxBuffer: 64 * 2 ** 20 }));
if (again.status !== 0) throw new Error(`The second topograph import backstage failed (exit ${again.status ?? again.signal}):\n${again.stderr}`);
console.log(again.stdout.split("\n")[0]);
const db = createDatabase(url);
const [components, repositories, auditEntries] = await Promise.all([db.component.count(), db.repository.count(), db.auditEntry.count()]);
await db.$disconnect();
if (components !== SIZE.components || repositories !== SIZE.repositories) throw new Error(`Imported ${components} components and ${repositories} repositories, expected ${SIZE.components} and ${SIZE.repositories}.`);
fs.rmSync(dir, { recursive: true, force: true });

const rows = [
  { measure: "parse and map the YAML (in process)", ms: parseMs },
  { measure: `topograph import backstage, ${entityCount} entities, end to end`, ms: importMs, target: TARGET_MS },
  { measure: "the same import again (nothing changed)", ms: reimportMs },
];
console.table(rows.map((r) => ({ measure: r.measure, "time (ms)": Math.round(r.ms), target: r.target ? `< ${r.target}` : "", met: r.target ? (r.ms < r.target ? "yes" : "NO") : "" })));
console.log(`${Math.round(entityCount / (importMs / 1000))} entities/s; ${auditEntries} audit entries written.`);
const out = path.join(REPOSITORY_ROOT, "bench-results");
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(
  path.join(out, "import.json"),
  JSON.stringify({ date: new Date().toISOString(), machine: { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg() }, size: SIZE, entities, entityCount, auditEntries, rows }, null, 2),
);
