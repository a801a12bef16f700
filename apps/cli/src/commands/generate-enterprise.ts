import fs from "node:fs";
import { parseArgs } from "node:util";
import { bulkLoadCatalog, createDatabase, migrateDatabase, sqliteFilePath } from "@topograph/db";
import { ENTERPRISE_SIZE, generateEnterprise, type TEnterpriseSize } from "@topograph/domain";

export const GENERATE_ENTERPRISE_USAGE = `Usage: topograph generate-enterprise [options]

Builds a deterministic synthetic organisation into a new SQLite database.

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
  return { database: values.database, force: values.force, size };
}

export async function generateEnterpriseCommand(args: string[], log: (line: string) => void = console.log): Promise<void> {
  const { database, force, size } = parseGenerateEnterpriseArgs(args);
  const file = sqliteFilePath(database);
  if (fs.existsSync(file)) {
    if (!force) throw new Error(`${file} exists; pass --force to replace it.`);
    for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  }
  const started = performance.now();
  const data = generateEnterprise(size);
  await migrateDatabase(database);
  const db = createDatabase(database);
  try {
    await bulkLoadCatalog(db, data);
  } finally {
    await db.$disconnect();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `Generated ${data.teams.length} teams, ${data.boundedContexts.length} bounded contexts, ${data.components.length} components, ` +
      `${data.repositories.length} repositories, ${data.namespaces.length} namespaces, ${size.dependencies} dependencies into ${file} in ${seconds} s.`,
  );
}
