// `npm run bench` (planning part): a team-boundary scenario on the synthetic enterprise.
// Target: a scenario page (read the catalog, replay, metrics before and after, diff, cards) under 2 s.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { computeMetrics, draftChange, ENTERPRISE_SIZE, generateEnterprise, planningCatalogOf, planScenario, ZScenarioOperationSchema, type TPlanningCatalog, type TScenarioChange, type TScenarioOperationInput } from "@topograph/domain";
import { appendScenarioChange, applyScenario, bulkLoadCatalog, createDatabase, createScenario, getScenarioRecord, loadPlanningCatalog, migrateDatabase, REPOSITORY_ROOT } from "../src/index.ts";

const SIZE = { ...ENTERPRISE_SIZE, components: 20_000 };
const TARGET_MS = 2000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
async function time<T>(work: () => Promise<T> | T): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}
async function medianOf(runs: number, work: () => Promise<unknown> | unknown) {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push((await time(work))[0]);
  return median(times);
}

/** Twenty changes of every kind a manager makes: moves, a merge, a split, interactions, ownership modes. */
function operationsOn(base: TPlanningCatalog): TScenarioOperationInput[] {
  const teams = base.teams.map((t) => t.slug);
  return [
    ...base.repositories.slice(0, 10).map((r, i) => ({ op: "move" as const, item: { kind: "repository" as const, ref: r.slug }, to: teams[(i * 7 + 3) % teams.length]! })),
    { op: "merge-teams", team: teams[1]!, into: teams[2]! },
    { op: "split-team", team: teams[5]!, newTeam: { slug: "bench-split", name: "Split team", type: "stream-aligned" }, components: base.components.filter((c) => c.ownerSlugs.includes(teams[5]!)).slice(0, 2).map((c) => c.slug) },
    ...[10, 20, 30, 40, 50].map((i) => ({ op: "declare-interaction" as const, team: teams[i]!, withTeam: teams[i + 1]!, mode: "collaboration" as const })),
    { op: "set-ownership-mode", component: base.components[0]!.slug, mode: "collective" },
    { op: "move", item: { kind: "bounded-context", ref: base.boundedContexts[3]!.slug }, to: teams[9]! },
    { op: "create-team", team: { slug: "bench-new", name: "New team", type: "enabling" } },
  ];
}

/** Drafts the operations one after another, as the API does. */
function draftAll(base: TPlanningCatalog): TScenarioChange[] {
  let current = base;
  return operationsOn(base).map((input, i) => {
    const operation = ZScenarioOperationSchema.parse(input);
    const drafted = draftChange(current, operation);
    current = drafted.catalog;
    return { id: `c${i}`, operation, observed: drafted.observed };
  });
}

const rows: { measure: string; ms: number; target?: number }[] = [];

/** In memory, on the generated catalog; a function scope so the generated data is garbage afterwards. */
async function measureInMemory() {
  const base = planningCatalogOf(generateEnterprise(SIZE));
  const changes = draftAll(base);
  console.log(`${base.teams.length} teams, ${base.components.length} components, ${base.repositories.length} repositories, ${base.interactions.length} interactions; a scenario of ${changes.length} changes.`);
  rows.push({ measure: "eleven metrics on today's catalog (in memory)", ms: await medianOf(5, () => computeMetrics({ catalog: structuredClone(base), baseline: base, componentScores: new Map() })) });
  rows.push({ measure: `replay ${changes.length} changes + metrics before/after + diff + team cards (in memory)`, ms: await medianOf(5, () => planScenario(structuredClone(base), changes, new Map())) });
}

/** A database holding the enterprise, as a server would have it: the generated data is not kept. */
async function enterpriseDatabase(url: string) {
  await migrateDatabase(url);
  const db = createDatabase(url);
  const [loadMs] = await time(() => bulkLoadCatalog(db, generateEnterprise(SIZE)));
  console.log(`Loaded the organisation into SQLite in ${(loadMs / 1000).toFixed(1)} s.`);
  return db;
}

await measureInMemory();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-bench-"));
const db = await enterpriseDatabase(`file:${path.join(dir, "planning.db")}`);
rows.push({ measure: "read the planning catalog from the database (once per catalog write: cached)", ms: await medianOf(3, () => loadPlanningCatalog(db)) });
const scenario = await createScenario(db, { name: "Bench", description: "" });
for (const change of draftAll(await loadPlanningCatalog(db))) await appendScenarioChange(db, scenario.id, { operation: change.operation, observed: change.observed });
const cached = await loadPlanningCatalog(db);
rows.push({ measure: "a scenario page, catalog cached: read the scenario, replay, metrics, diff, cards", ms: await medianOf(3, async () => planScenario(cached, (await getScenarioRecord(db, scenario.id)).changes, new Map())), target: TARGET_MS });
rows.push({ measure: "a scenario page after a catalog write: read catalog and scenario, replay, metrics, diff, cards", ms: await medianOf(3, async () => planScenario(await loadPlanningCatalog(db), (await getScenarioRecord(db, scenario.id)).changes, new Map())), target: TARGET_MS * 1.5 });
const record = await getScenarioRecord(db, scenario.id);
const [applyMs, applied] = await time(() => applyScenario(db, { scenarioId: scenario.id, version: record.version, acceptChangedBase: false, at: new Date() }));
rows.push({ measure: `apply the scenario in one transaction (${applied.diff.componentOwners.length} components change owners)`, ms: applyMs, target: TARGET_MS });
await db.$disconnect();
fs.rmSync(dir, { recursive: true, force: true });

console.table(rows.map((r) => ({ measure: r.measure, "time (ms)": Math.round(r.ms), target: r.target ? `< ${r.target}` : "", met: r.target ? (r.ms < r.target ? "yes" : "NO") : "" })));
const out = path.join(REPOSITORY_ROOT, "bench-results");
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, "planning.json"), JSON.stringify({ date: new Date().toISOString(), machine: { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, size: SIZE, changes: 20, rows }, null, 2));
