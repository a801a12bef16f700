// `npm run bench` (API part): latency of the production server on the generated enterprise.
// Targets (issue 10): p95 < 30 ms for a list page and search, < 100 ms for graphs.
import { type TCall, callBatch } from "./api-client.ts";
import { BENCH_SIZE, enterpriseDatabaseCopy } from "./enterprise-database.ts";
import { startProductionServer } from "./production-server.ts";
import { rawQueries } from "./raw-queries.ts";
import { machine, ms, percentile, writeResults } from "./results.ts";

const PORT = 43010;
const LIST_TARGET_MS = 30;
const GRAPH_TARGET_MS = 100;
const WARM_UP = 5;
const MIN_SAMPLES = 20;
const MAX_SAMPLES = 300;
const BUDGET_MS = 20_000;

interface TScenario {
  measure: string;
  target?: number;
  /** The round trips of iteration i, in order; the calls of one round trip are batched as the web app batches them. */
  roundTrips: (i: number) => TCall[][];
  /** The same page through the driver alone, when it is a page of rows at all. */
  raw?: (i: number) => unknown;
}

/** Runs `work` until enough samples are in (or the time budget is spent), after a warm-up that fills the server's caches. */
async function sample(work: (i: number) => Promise<unknown> | unknown): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await work(i);
  const durations: number[] = [];
  const started = performance.now();
  for (let i = 0; durations.length < MAX_SAMPLES && (durations.length < MIN_SAMPLES || performance.now() - started < BUDGET_MS); i++) {
    const t = performance.now();
    await work(i);
    durations.push(performance.now() - t);
  }
  return durations;
}

const { file, generatedSeconds, remove } = enterpriseDatabaseCopy();
const raw = rawQueries(file);
const components = raw.sample("Component", 60);
const teams = raw.sample("Team", 60);
const at = <T>(values: readonly T[], i: number) => values[i % values.length]!;
const KINDS = ["microservice", "frontend", "bff", "sre-tool"];
const WORDS = ["payment", "order", "catalog", "shipping", "identity", "review"];
const SEARCHES = ["payment", "team-01", "context-02", "ns-12", "checkout-service", "order-bff"];
const SCORECARD = "deployment-readiness";

const scenarios: TScenario[] = [
  {
    measure: "list: components by kind and lifecycle (page of 50 + total)",
    target: LIST_TARGET_MS,
    roundTrips: (i) => [[{ path: "component.list", input: { limit: 50, kind: at(KINDS, i), lifecycle: "production" } }]],
    raw: (i) => raw.componentPage.kindAndLifecycle(at(KINDS, i), "production"),
  },
  {
    measure: "list: components of one team (page of 50 + total)",
    target: LIST_TARGET_MS,
    roundTrips: (i) => [[{ path: "component.list", input: { limit: 50, teamSlug: at(teams, i) } }]],
    raw: (i) => raw.componentPage.team(at(teams, i)),
  },
  {
    measure: "list: components matching a text (page of 50 + total)",
    target: LIST_TARGET_MS,
    roundTrips: (i) => [[{ path: "component.list", input: { limit: 50, q: at(WORDS, i) } }]],
    raw: (i) => raw.componentPage.text(at(WORDS, i)),
  },
  {
    measure: "search (every kind, 20 hits)",
    target: LIST_TARGET_MS,
    roundTrips: (i) => [[{ path: "search.query", input: { q: at(SEARCHES, i) } }]],
    raw: (i) => raw.search(at(SEARCHES, i)),
  },
  {
    measure: "entity page: component.get",
    roundTrips: (i) => [[{ path: "component.get", input: { slug: at(components, i) } }]],
    raw: (i) => raw.componentEntity(at(components, i)),
  },
  {
    measure: "entity page: component, then its 5 panels (2 round trips)",
    roundTrips: (i) => {
      const slug = at(components, i);
      const scope = { kind: "component", slug };
      return [
        [{ path: "component.get", input: { slug } }],
        [
          { path: "checklist.get", input: { scope } },
          { path: "decision.forScope", input: { scope } },
          { path: "scorecard.forEntity", input: { entity: scope } },
          { path: "evidence.findings", input: { component: slug } },
          { path: "evidence.scans", input: { component: slug, limit: 1 } },
        ],
      ];
    },
  },
  { measure: "neighbourhood graph of a component (depth 1)", target: GRAPH_TARGET_MS, roundTrips: (i) => [[{ path: "graph.neighbourhood", input: { kind: "component", slug: at(components, i), depth: 1 } }]] },
  { measure: "neighbourhood graph of a component (depth 2)", target: GRAPH_TARGET_MS, roundTrips: (i) => [[{ path: "graph.neighbourhood", input: { kind: "component", slug: at(components, i), depth: 2 } }]] },
  { measure: "ownership graph of one team", target: GRAPH_TARGET_MS, roundTrips: (i) => [[{ path: "graph.ownership", input: { teamSlug: at(teams, i) } }]] },
  {
    measure: `scorecard page: ${SCORECARD} (2 round trips)`,
    roundTrips: () => [
      [{ path: "scorecard.get", input: { scorecardId: SCORECARD } }],
      [
        { path: "scorecard.history", input: { scorecardId: SCORECARD } },
        { path: "scorecard.entities", input: { scorecardId: SCORECARD, sort: "level", direction: "asc", offset: 0, limit: 25 } },
        { path: "scorecard.rollup", input: { scorecardId: SCORECARD, groupBy: "team" } },
      ],
    ],
  },
];

// The driver alone first, before the server starts, so neither competes with the other.
const rawDurationsOf = new Map<TScenario, number[]>();
for (const scenario of scenarios) if (scenario.raw) rawDurationsOf.set(scenario, await sample(scenario.raw));
raw.close();

const loadBefore = machine().loadAverage;
const server = await startProductionServer(file, PORT).catch((error: unknown) => {
  remove();
  throw error;
});
console.log(`Server ready in ${(server.readyMs / 1000).toFixed(1)} s (start-up score recording included).`);
const rows: { measure: string; samples: number; p50: number; p95: number; p99: number; target?: number; met?: boolean; rawP50?: number; ratio?: number }[] = [];
try {
  for (const scenario of scenarios) {
    const durations = await sample(async (i) => {
      for (const calls of scenario.roundTrips(i)) await callBatch(server.url, server.cookie, calls);
    });
    const rawDurations = rawDurationsOf.get(scenario);
    const p95 = percentile(durations, 95);
    const row = {
      measure: scenario.measure,
      samples: durations.length,
      p50: ms(percentile(durations, 50)),
      p95: ms(p95),
      p99: ms(percentile(durations, 99)),
      ...(scenario.target ? { target: scenario.target, met: p95 < scenario.target } : {}),
      ...(rawDurations ? { rawP50: ms(percentile(rawDurations, 50)), ratio: Math.round((percentile(durations, 50) / percentile(rawDurations, 50)) * 10) / 10 } : {}),
    };
    rows.push(row);
    console.log(`${row.measure}: p50 ${row.p50} ms, p95 ${row.p95} ms, p99 ${row.p99} ms${row.rawP50 !== undefined ? `; driver alone ${row.rawP50} ms (×${row.ratio})` : ""}`);
  }
} finally {
  await server.stop();
  remove();
}

console.table(
  rows.map((r) => ({
    measure: r.measure,
    "p50 (ms)": r.p50,
    "p95 (ms)": r.p95,
    "p99 (ms)": r.p99,
    "target p95": r.target ? `< ${r.target}` : "",
    met: r.target ? (r.met ? "yes" : "NO") : "",
    "driver p50 (ms)": r.rawP50 ?? "",
    "API / driver": r.ratio ? `×${r.ratio}` : "",
  })),
);
writeResults("api-latency", { size: BENCH_SIZE, generatedSeconds, serverReadyMs: Math.round(server.readyMs), loadAverageBefore: loadBefore, rows });
