import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { bulkLoadCatalog, createDatabase, type TDatabase } from "@topograph/db";
import { catalogToBackstageYaml, generateEnterprise, type TCatalogDiff, type TEnterpriseSize } from "@topograph/domain";
import { describe, expect, inject, it } from "vitest";
import { crashAfterTheAnswer, crashInTheMiddle, inspect, type TCrashCase } from "./testing/crash.ts";
import { administrator, startServer, stop } from "./testing/running-server.ts";
import { expectData, type TPortalSession } from "./testing/portal-session.ts";

/** Generated organisations big enough that importing or applying takes a while (seconds here). */
const IMPORTED: TEnterpriseSize = { teams: 12, boundedContexts: 6, components: 80, repositories: 80, namespaces: 12, clusters: 2, dependencies: 80, seed: 10 };
const PLANNED: TEnterpriseSize = { teams: 20, boundedContexts: 10, components: 160, repositories: 160, namespaces: 20, clusters: 2, dependencies: 160, seed: 11 };
const TIMEOUT_MS = 300_000;

describe("a crash (SIGKILL) during a Backstage import", () => {
  const catalog = generateEnterprise(IMPORTED);
  const text = catalogToBackstageYaml(catalog);
  const count = async (db: TDatabase) => ({
    teams: await db.team.count(),
    boundedContexts: await db.boundedContext.count(),
    namespaces: await db.namespace.count(),
    repositories: await db.repository.count(),
    components: await db.component.count(),
    dependencies: await db.componentDependency.count(),
    auditedAsImport: (await db.auditEntry.count({ where: { via: "import" } })) > 0,
  });
  const importing: TCrashCase<Awaited<ReturnType<typeof count>>> = {
    read: count,
    work: (portal) => portal.mutate("backstage.import", { text, fileName: "catalog-info.yaml" }),
    prepare: async () => {
      const running = await startServer();
      const { found: before } = await inspect(running.server.databaseFile, count);
      const after = {
        teams: catalog.teams.length,
        boundedContexts: catalog.boundedContexts.length,
        namespaces: catalog.namespaces.length,
        repositories: catalog.repositories.length,
        components: catalog.components.length,
        dependencies: catalog.components.reduce((n, c) => n + c.dependencies.length, 0),
        auditedAsImport: true,
      };
      return { running, before, after };
    },
  };

  it(
    "in its middle leaves none of the import; right after its answer, all of it; the restarted server serves either",
    async () => {
      const { runs, restarted, after } = await crashInTheMiddle(importing);
      const portal = await administrator(restarted);
      expect((await expectData(portal.query<{ total: number }>("component.list", { limit: 1 }))).total).toBe(0);

      const { workMs, livenessMs, restarted: again } = await crashAfterTheAnswer(restarted, importing, after);
      expect((await expectData((await administrator(again)).query<{ total: number }>("component.list", { limit: 1 }))).total).toBe(catalog.components.length);
      await stop(again);
      console.log(`Backstage import (${text.length} bytes, ${catalog.components.length} components): kills ${JSON.stringify(runs)}; a complete import took ${workMs} ms (/healthz answered within ${livenessMs} ms meanwhile) and survived a kill right after its answer`);
    },
    TIMEOUT_MS,
  );
});

describe("a crash (SIGKILL) during a scenario apply", () => {
  type TState = { owners: Record<string, string[]>; teams: string[]; scenario: string };
  const read = async (db: TDatabase): Promise<TState> => ({
    owners: Object.fromEntries(
      (await db.component.findMany({ select: { slug: true, owners: { select: { team: { select: { slug: true } } } } }, orderBy: { slug: "asc" } })).map((c) => [c.slug, c.owners.map((o) => o.team.slug).sort()]),
    ),
    teams: (await db.team.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map((t) => t.slug),
    scenario: (await db.scenario.findFirstOrThrow({ select: { status: true } })).status,
  });
  // Every even team merges into the next: their components, contexts and members all change hands.
  const merges = Array.from({ length: PLANNED.teams / 2 }, (_, i) => ({ team: `team-${String(2 * i).padStart(2, "0")}`, into: `team-${String(2 * i + 1).padStart(2, "0")}` }));
  let scenario = { id: "", version: 0 };
  const applying: TCrashCase<TState> = {
    read,
    work: (portal: TPortalSession) => portal.mutate("scenario.apply", { scenarioId: scenario.id, version: scenario.version }),
    prepare: async () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "topograph-crash-")), "topograph.db");
      fs.copyFileSync(inject("templateDatabase"), file);
      const loader = createDatabase(`file:${file}`);
      await bulkLoadCatalog(loader, generateEnterprise(PLANNED));
      await loader.$disconnect();

      const running = await startServer({ databaseFile: file });
      const portal = await administrator(running);
      const { id } = await expectData(portal.mutate<{ id: string }>("scenario.create", { name: "Merge half the teams", description: "" }));
      for (const merge of merges) await expectData(portal.mutate("scenario.change", { scenarioId: id, operation: { op: "merge-teams", ...merge } }));
      const planned = await expectData(portal.query<{ scenario: { version: number }; diff: TCatalogDiff }>("scenario.get", { scenarioId: id }));
      scenario = { id, version: planned.scenario.version };
      expect(planned.diff.componentOwners.length).toBeGreaterThan(PLANNED.components / 4);

      const { found: before } = await inspect(file, read);
      const removed = new Set(merges.map((m) => m.team));
      const after: TState = {
        owners: { ...before.owners, ...Object.fromEntries(planned.diff.componentOwners.map((change) => [change.slug, [...change.to].sort()])) },
        teams: before.teams.filter((slug) => !removed.has(slug)),
        scenario: "applied",
      };
      return { running, before: { ...before, scenario: "draft" }, after };
    },
  };

  it(
    "in its middle leaves every owner as before; right after its answer, every owner as after; never a mix",
    async () => {
      const { runs, restarted, after } = await crashInTheMiddle(applying);
      const { workMs, livenessMs, restarted: again } = await crashAfterTheAnswer(restarted, applying, after);
      await stop(again);
      console.log(`Scenario apply (${merges.length} team merges, ${Object.keys(after.owners).length} components): kills ${JSON.stringify(runs)}; a complete apply took ${workMs} ms (/healthz answered within ${livenessMs} ms meanwhile) and survived a kill right after its answer`);
    },
    TIMEOUT_MS,
  );
});
