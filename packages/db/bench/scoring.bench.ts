// `npm run bench` (scoring part): recomputing every scorecard at enterprise scale.
// Target (issue 5): all scorecards for 20,000 components × 60 rules in under 2 s.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  BUILT_IN_SCORECARDS,
  buildSubjects,
  compileScorecard,
  ENTERPRISE_SIZE,
  generateEnterprise,
  indexWaivers,
  scoreAll,
  scoringSourcesOf,
  ZScorecardDefinitionSchema,
  type TRule,
} from "@topograph/domain";
import { bulkLoadCatalog, createDatabase, installBuiltInScorecards, loadFacts, migrateDatabase, recordScores, REPOSITORY_ROOT, scoreEverything, upsertScorecard } from "../src/index.ts";

const SIZE = { ...ENTERPRISE_SIZE, components: 20_000 };
const TARGET_MS = 2000;

/** Sixty rules over components: every built-in component rule, then catalog rules to make up the number. */
function sixtyRuleScorecard() {
  const rules = new Map<string, TRule>();
  for (const scorecard of BUILT_IN_SCORECARDS.filter((s) => s.entityKind === "component")) for (const rule of scorecard.rules) rules.set(rule.id, rule);
  for (let i = 0; rules.size < 60; i++) {
    rules.set(`catalog-${i}`, { id: `catalog-${i}`, title: `Catalog rule ${i}`, level: ["Bronze", "Silver", "Gold"][i % 3]!, category: "ownership", weight: 1, expression: `owners.count >= 1 && dependencies.count <= ${i + 3} && labels.tier != "none"`, failureMessage: "x", remediation: "" });
  }
  return ZScorecardDefinitionSchema.parse({ slug: "sixty-rules", name: "Sixty rules", entityKind: "component", rules: [...rules.values()].slice(0, 60) });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
async function time<T>(work: () => Promise<T> | T): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

const rows: { measure: string; ms: number; target?: number }[] = [];
const data = generateEnterprise(SIZE);
const sixty = sixtyRuleScorecard();
console.log(`Generated ${data.components.length} components, ${data.checklistAnswers?.length ?? 0} checklist answers; scorecard of ${sixty.rules.length} rules.`);

// 1. In memory: facts for every entity, then 60 rules over every component.
const sources = scoringSourcesOf(data);
const factTimes: number[] = [];
const scoreTimes: number[] = [];
for (let run = 0; run < 5; run++) {
  const [factsMs, subjects] = await time(() => buildSubjects(sources));
  const [scoreMs, results] = await time(() => scoreAll(compileScorecard(sixty), subjects.component, indexWaivers([], new Date())));
  if (results.length !== SIZE.components) throw new Error(`Scored ${results.length} components, expected ${SIZE.components}.`);
  factTimes.push(factsMs);
  scoreTimes.push(scoreMs);
}
rows.push({ measure: "facts for every entity (in memory)", ms: median(factTimes) });
rows.push({ measure: "60 rules × 20,000 components (in memory)", ms: median(scoreTimes) });
rows.push({ measure: "facts + 60 rules × 20,000 components", ms: median(factTimes) + median(scoreTimes), target: TARGET_MS });

// 2. On the database: load everything, score every scorecard, record history.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-bench-"));
const url = `file:${path.join(dir, "scoring.db")}`;
await migrateDatabase(url);
const db = createDatabase(url);
const [loadMs] = await time(() => bulkLoadCatalog(db, data));
await installBuiltInScorecards(db);
await upsertScorecard(db, sixty);
console.log(`Loaded the organisation into SQLite in ${(loadMs / 1000).toFixed(1)} s.`);
const scorecards = BUILT_IN_SCORECARDS.length + 1;
const cold: number[] = [];
for (let run = 0; run < 3; run++) cold.push((await time(() => loadFacts(db)))[0]);
rows.push({ measure: "read the facts of every entity from the database (after a write)", ms: median(cold) });
const facts = await loadFacts(db);
const warm: number[] = [];
// Results are kept per facts object (scoring.ts); a copy with its own identity makes each run score afresh.
for (let run = 0; run < 3; run++) warm.push((await time(() => scoreEverything(db, new Date(), { ...facts, subjects: { ...facts.subjects } })))[0]);
rows.push({ measure: `recompute every scorecard (${scorecards}), facts cached`, ms: median(warm), target: TARGET_MS });
await scoreEverything(db, new Date(), facts);
const [answeredMs] = await time(() => scoreEverything(db, new Date(), facts));
rows.push({ measure: `every scorecard again, results kept (the next page between two writes)`, ms: answeredMs });
const [firstMs, first] = await time(() => recordScores(db, new Date(), "change", facts));
rows.push({ measure: `record history, first run (${first.snapshots} snapshots written)`, ms: firstMs });
const [againMs, again] = await time(() => recordScores(db, new Date(), "change", facts));
rows.push({ measure: `record history, nothing changed (${again.snapshots} written), facts cached`, ms: againMs, target: TARGET_MS });
await db.$disconnect();
fs.rmSync(dir, { recursive: true, force: true });

console.table(rows.map((r) => ({ measure: r.measure, "time (ms)": Math.round(r.ms), target: r.target ? `< ${r.target}` : "", met: r.target ? (r.ms < r.target ? "yes" : "NO") : "" })));
const out = path.join(REPOSITORY_ROOT, "bench-results");
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(
  path.join(out, "scoring.json"),
  JSON.stringify({ date: new Date().toISOString(), machine: { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, size: SIZE, rules: sixty.rules.length, rows }, null, 2),
);
