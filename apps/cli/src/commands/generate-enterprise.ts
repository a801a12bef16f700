import fs from "node:fs";
import { parseArgs } from "node:util";
import { bulkLoadCatalog, bulkRecordScoreHistory, createDatabase, migrateDatabase, sqliteFilePath } from "@topograph/db";
import { ENTERPRISE_SIZE, generateEnterprise, SYNTHETIC_HISTORY_WEEKS, syntheticHistoryDates, type TEnterpriseSize } from "@topograph/domain";

export const GENERATE_ENTERPRISE_USAGE = `Usage: topograph generate-enterprise [options]

Builds a deterministic synthetic organisation into a new SQLite database: the catalog, checklist
answers, evidence facts from repository and cluster scans over the ${SYNTHETIC_HISTORY_WEEKS} weeks before --as-of,
and the built-in scorecards' history, recorded weekly as the evidence arrived. The same seed, sizes
and --as-of give the same organisation.

Options:
  --database <file: URL>  target database (default: file:data/enterprise.db)
  --teams <n>             teams (default ${ENTERPRISE_SIZE.teams})
  --contexts <n>          bounded contexts (default ${ENTERPRISE_SIZE.boundedContexts})
  --components <n>        components (default ${ENTERPRISE_SIZE.components})
  --repos <n>             repositories (default ${ENTERPRISE_SIZE.repositories})
  --namespaces <n>        namespaces (default ${ENTERPRISE_SIZE.namespaces})
  --clusters <n>          clusters (default ${ENTERPRISE_SIZE.clusters})
  --dependencies <n>      dependency edges (default ${ENTERPRISE_SIZE.dependencies})
  --seed <n>              random seed (default ${ENTERPRISE_SIZE.seed})
  --as-of <YYYY-MM-DD>    the day the organisation describes, its last score recording (default: today, UTC)
  --force                 replace the database file if it exists`;

const count = (name: string, value: string | undefined, fallback: number) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of at least 1, got "${value}".`);
  return n;
};

export function parseGenerateEnterpriseArgs(args: string[]) {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      database: { type: "string", default: "file:data/enterprise.db" },
      teams: { type: "string" },
      contexts: { type: "string" },
      components: { type: "string" },
      repos: { type: "string" },
      namespaces: { type: "string" },
      clusters: { type: "string" },
      dependencies: { type: "string" },
      seed: { type: "string" },
      "as-of": { type: "string" },
      force: { type: "boolean", default: false },
    },
  });
  const size: TEnterpriseSize = {
    teams: count("teams", values.teams, ENTERPRISE_SIZE.teams),
    boundedContexts: count("contexts", values.contexts, ENTERPRISE_SIZE.boundedContexts),
    components: count("components", values.components, ENTERPRISE_SIZE.components),
    repositories: count("repos", values.repos, ENTERPRISE_SIZE.repositories),
    namespaces: count("namespaces", values.namespaces, ENTERPRISE_SIZE.namespaces),
    clusters: count("clusters", values.clusters, ENTERPRISE_SIZE.clusters),
    dependencies: count("dependencies", values.dependencies, ENTERPRISE_SIZE.dependencies),
    seed: count("seed", values.seed, ENTERPRISE_SIZE.seed),
  };
  if (size.namespaces < size.clusters) throw new Error("--namespaces must be at least --clusters.");
  return { database: values.database, force: values.force, size, asOf: day(values["as-of"]) };
}

/** Midnight UTC of the given day, or of today. */
function day(value: string | undefined): Date {
  if (value === undefined) return new Date(new Date().toISOString().slice(0, 10));
  const date = new Date(`${value}T00:00:00.000Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime())) throw new Error(`--as-of must be a day as YYYY-MM-DD, got "${value}".`);
  return date;
}

export async function generateEnterpriseCommand(args: string[], log: (line: string) => void = console.log): Promise<void> {
  const { database, force, size, asOf } = parseGenerateEnterpriseArgs(args);
  const file = sqliteFilePath(database);
  if (fs.existsSync(file)) {
    if (!force) throw new Error(`${file} exists; pass --force to replace it.`);
    for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  }
  const started = performance.now();
  const data = generateEnterprise(size, { asOf });
  await migrateDatabase(database);
  const db = createDatabase(database);
  let history;
  try {
    await bulkLoadCatalog(db, data);
    history = await bulkRecordScoreHistory(db, syntheticHistoryDates(asOf));
  } finally {
    await db.$disconnect();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `Generated ${data.teams.length} teams, ${data.boundedContexts.length} bounded contexts, ${data.components.length} components, ` +
      `${data.repositories.length} repositories, ${data.namespaces.length} namespaces, ${size.dependencies} dependencies, ` +
      `${data.checklistAnswers?.length ?? 0} checklist answers, ${data.evidenceFacts?.length ?? 0} evidence facts and ` +
      `${history.snapshots} score snapshots over ${history.points} recordings to ${asOf.toISOString().slice(0, 10)} into ${file} in ${seconds} s.`,
  );
}
