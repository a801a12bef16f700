import { describe, expect, it } from "vitest";
import { formatLatency, summariseLatency } from "./testing/latency.ts";
import { startServer, stop } from "./testing/running-server.ts";
import { ADMIN, loadSeconds } from "./testing/settings.ts";
import { readStored } from "./testing/stored.ts";
import { nextOperation, OPERATIONS, type TCallRecorder, type TPortalFacts, type TRunContext, type TTally, type TWorker } from "./testing/load-mix.ts";
import { expectData, portalPool, signIn, type TCallResult } from "./testing/portal-session.ts";

/** Concurrent connections, as the issue asks: every worker keeps one request in flight. */
const CONNECTIONS = 50;
const SECONDS = loadSeconds();

describe(`the server under ${SECONDS} s of mixed reads and writes on ${CONNECTIONS} connections`, () => {
  it(
    "answers every request without a server error, and commits exactly the writes it acknowledged",
    async () => {
      const running = await startServer({ demo: true });
      const { server, origin } = running;
      const pool = portalPool(origin, CONNECTIONS);
      const session = await signIn(pool, origin, ADMIN);

      // Set-up, untimed: what the reads pick from, a component each worker owns, and one they all fight over.
      const components = await expectData(session.query<{ items: { slug: string }[] }>("component.list", { limit: 100 }));
      const teams = await expectData(session.query<{ items: { slug: string }[] }>("team.list", { limit: 100 }));
      const checklist = await expectData(session.query<{ sections: { entries: { item: { id: string } }[] }[] }>("checklist.get", { scope: { kind: "component", slug: components.items[0]!.slug } }));
      const create = (slug: string) => expectData(session.mutate<{ id: string; slug: string; version: number }>("component.create", { name: slug, slug, kind: "microservice", ownerTeamSlugs: [teams.items[0]!.slug] }));
      const facts: TPortalFacts = {
        componentSlugs: components.items.map((c) => c.slug),
        teamSlugs: teams.items.map((t) => t.slug),
        itemId: checklist.sections[0]!.entries[0]!.item.id,
        contended: await create("load-contended"),
      };
      // Past version 1, so every stale update (which sends version 1) is refused.
      await expectData(session.mutate("component.update", { id: facts.contended.id, version: 1, description: "Edited once before the load" }));
      const scenariosBefore = (await expectData(session.query<unknown[]>("scenario.list"))).length;
      const workers: TWorker[] = await Promise.all(Array.from({ length: CONNECTIONS }, async (_, index) => ({ index, writes: 0, own: await create(`load-own-${index}`), updates: 0, answers: 0 })));

      const latencies = new Map<string, number[]>();
      const failures: string[] = [];
      const tally: TTally = { componentsCreated: 0, teamsCreated: 0, scenariosDrafted: 0, contendedWins: 0, contendedConflicts: 0 };
      const call: TCallRecorder = async (operation, answer, expected = []) => {
        const result = await answer.catch((error: unknown): TCallResult<never> => ({ status: 0, error: { message: String(error), data: { code: "CONNECTION" } }, milliseconds: 0 }));
        if (result.status !== 0) (latencies.get(operation) ?? latencies.set(operation, []).get(operation)!).push(result.milliseconds);
        if (result.status !== 200 && !expected.includes(result.status)) failures.push(`${operation}: ${result.status} ${result.error?.message}`);
        return result;
      };
      const context: TRunContext = { facts, tally, call };

      const started = performance.now();
      const deadline = started + SECONDS * 1000;
      await Promise.all(
        workers.map(async (worker) => {
          // Each worker opens with its own share of the mix, so every kind of request runs however short the run.
          for (let operation = OPERATIONS[worker.index % OPERATIONS.length]!; performance.now() < deadline; operation = nextOperation()) await operation.run(session, worker, context);
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      await pool.close();
      await stop(running);

      const all = [...latencies.values()].flat();
      console.log(
        [
          `Load: ${seconds.toFixed(1)} s on ${CONNECTIONS} connections; ${tally.contendedConflicts} deliberate version conflicts (409); ${failures.length} failures`,
          formatLatency("all requests", summariseLatency(all, seconds)),
          ...OPERATIONS.map((o) => formatLatency(o.name, summariseLatency(latencies.get(o.name) ?? [], seconds))),
        ].join("\n"),
      );
      expect(failures).toEqual([]);
      expect(server.lines.filter((line) => line.severity === "ERROR")).toEqual([]);
      for (const operation of OPERATIONS) expect(latencies.get(operation.name)?.length ?? 0, operation.name).toBeGreaterThan(0);
      expect(tally.contendedConflicts).toBeGreaterThan(0);

      // The database after the server stopped: every acknowledged write is there, and nothing else.
      const acknowledged = {
        components: tally.componentsCreated,
        teams: tally.teamsCreated,
        scenarios: tally.scenariosDrafted,
        ownComponentVersions: workers.map((w) => `load-own-${w.index}@${1 + w.updates}`).sort(),
        checklistAnswers: workers.reduce((sum, w) => sum + w.answers, 0),
        contendedAuditedUpdates: 1 + tally.contendedWins,
        contendedVersion: 2 + tally.contendedWins,
      };
      const committed = await readStored(server.databaseFile, async (db) => ({
        components: await db.component.count({ where: { slug: { startsWith: "load-c-" } } }),
        teams: await db.team.count({ where: { slug: { startsWith: "load-t-" } } }),
        scenarios: (await db.scenario.count()) - scenariosBefore,
        ownComponentVersions: (await db.component.findMany({ where: { slug: { startsWith: "load-own-" } }, select: { slug: true, version: true } })).map((c) => `${c.slug}@${c.version}`).sort(),
        checklistAnswers: await db.checklistAnswerChange.count({ where: { component: { slug: { startsWith: "load-own-" } } } }),
        contendedAuditedUpdates: await db.auditEntry.count({ where: { entityKind: "component", entityKey: "load-contended", action: "update" } }),
        contendedVersion: (await db.component.findUniqueOrThrow({ where: { slug: "load-contended" }, select: { version: true } })).version,
      }));
      expect(committed).toEqual(acknowledged);
      const { ownComponentVersions: _, ...counts } = committed;
      console.log(`Committed = acknowledged: ${JSON.stringify({ ...counts, componentUpdates: workers.reduce((sum, w) => sum + w.updates, 0), conflicts: tally.contendedConflicts })}`);
    },
    SECONDS * 1000 + 120_000,
  );
});
