import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPOSITORY_ROOT } from "@topograph/db";
import { ENTERPRISE_SIZE } from "@topograph/domain";

/** The organisation the API benchmarks run on: the product's target scale (issue 10). */
export const BENCH_SIZE = ENTERPRISE_SIZE;

const CACHE_DIR = path.join(REPOSITORY_ROOT, "data", "bench");

/** What the generated database is made from: a change to any of these regenerates it. */
const GENERATOR_INPUTS = ["packages/domain/src", "packages/db/src", "prisma/migrations", "apps/cli/src"];

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith("generated") || entry.name.startsWith(".") ? [] : sourceFiles(full);
      return entry.isFile() && !entry.name.endsWith(".test.ts") ? [full] : [];
    })
    .sort();
}

function inputsDigest(): string {
  const hash = createHash("sha256");
  for (const file of GENERATOR_INPUTS.flatMap((dir) => sourceFiles(path.join(REPOSITORY_ROOT, dir)))) {
    hash.update(path.relative(REPOSITORY_ROOT, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}

/** Today, as the generator's --as-of takes it: history recorded up to today, so a server started now records nothing new. */
const today = () => new Date().toISOString().slice(0, 10);

/** Where the generation for this day, size and generator lives once made. */
export function cachedEnterpriseFile(asOf: string): string {
  const key = createHash("sha256").update(JSON.stringify({ size: BENCH_SIZE, asOf, inputs: inputsDigest() })).digest("hex").slice(0, 16);
  return path.join(CACHE_DIR, `enterprise-${key}.db`);
}

/**
 * A private copy of the generated enterprise database, made as a user makes one
 * (`npm run generate:enterprise`). The generated file is kept under data/bench/ (git-ignored),
 * keyed by sizes, seed, day and the generator's sources, so the benchmarks of one run, and later
 * runs the same day, share one generation; older generations are removed.
 */
export function enterpriseDatabaseCopy(log: (line: string) => void = console.log): { file: string; generatedSeconds: number | null; remove: () => void } {
  const asOf = today();
  const cached = cachedEnterpriseFile(asOf);
  let generatedSeconds: number | null = null;
  if (!fs.existsSync(cached)) {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    for (const old of fs.readdirSync(CACHE_DIR).filter((name) => name.startsWith("enterprise-"))) fs.rmSync(path.join(CACHE_DIR, old), { force: true });
    const partial = `${cached}.partial`;
    const size = BENCH_SIZE;
    const flags = { teams: size.teams, contexts: size.boundedContexts, components: size.components, repos: size.repositories, namespaces: size.namespaces, clusters: size.clusters, dependencies: size.dependencies, seed: size.seed };
    const args = ["--import", "tsx", "apps/cli/src/main.ts", "generate-enterprise", "--database", `file:${partial}`, "--force", "--as-of", asOf, ...Object.entries(flags).flatMap(([flag, n]) => [`--${flag}`, String(n)])];
    log(`Generating the enterprise database (${size.teams} teams, ${size.components} components, ${size.repositories} repositories; cached in ${path.relative(REPOSITORY_ROOT, CACHE_DIR)}/)…`);
    const started = performance.now();
    const run = spawnSync(process.execPath, args, { cwd: REPOSITORY_ROOT, stdio: "inherit" });
    if (run.status !== 0) throw new Error(`generate-enterprise failed (exit ${run.status ?? run.signal}).`);
    fs.renameSync(partial, cached);
    generatedSeconds = (performance.now() - started) / 1000;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-bench-"));
  const file = path.join(dir, "enterprise.db");
  fs.copyFileSync(cached, file);
  // A copy is 300 MB: the benchmark removes it once its server has stopped.
  return { file, generatedSeconds, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
