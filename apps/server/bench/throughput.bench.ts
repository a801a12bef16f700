// `npm run bench` (throughput part): requests per second the production server answers at 50
// concurrent connections on the generated enterprise (issue 10; no target, a figure to watch).
import autocannon from "autocannon";
import { type TCall, batchUrl, callBatch } from "./api-client.ts";
import { BENCH_SIZE, enterpriseDatabaseCopy } from "./enterprise-database.ts";
import { startProductionServer } from "./production-server.ts";
import { rawQueries } from "./raw-queries.ts";
import { machine, writeResults } from "./results.ts";

const PORT = 43011;
const CONNECTIONS = 50;
const DURATION_S = 15;

const { file, generatedSeconds, remove } = enterpriseDatabaseCopy();
const raw = rawQueries(file);
const components = raw.sample("Component", 60);
const teams = raw.sample("Team", 60);
raw.close();
const KINDS = ["microservice", "frontend", "bff", "sre-tool"];
const SEARCHES = ["payment", "team-01", "context-02", "ns-12", "checkout-service", "order-bff"];

const list = (i: number): TCall => ({ path: "component.list", input: { limit: 50, kind: KINDS[i % KINDS.length], lifecycle: "production" } });
const teamList = (i: number): TCall => ({ path: "component.list", input: { limit: 50, teamSlug: teams[i % teams.length] } });
const search = (i: number): TCall => ({ path: "search.query", input: { q: SEARCHES[i % SEARCHES.length] } });
const entity = (i: number): TCall => ({ path: "component.get", input: { slug: components[i % components.length] } });

/** Each connection cycles through these requests; 60 variants, so no single row or answer stays hot. */
const scenarios: { measure: string; calls: TCall[] }[] = [
  { measure: "list page (component.list, 50 + total)", calls: Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? list(i) : teamList(i))) },
  { measure: "search", calls: Array.from({ length: 60 }, (_, i) => search(i)) },
  { measure: "entity (component.get)", calls: Array.from({ length: 60 }, (_, i) => entity(i)) },
  { measure: "mixed: list, search and entity in turn", calls: Array.from({ length: 60 }, (_, i) => [list, search, entity][i % 3]!(i)) },
];

const loadBefore = machine().loadAverage;
const server = await startProductionServer(file, PORT).catch((error: unknown) => {
  remove();
  throw error;
});
console.log(`Server ready in ${(server.readyMs / 1000).toFixed(1)} s; ${CONNECTIONS} connections, ${DURATION_S} s per scenario.`);
const rows: { measure: string; requestsPerSecond: number; requests: number; p50: number; p97_5: number; p99: number; max: number; errors: number; timeouts: number; non2xx: number }[] = [];
try {
  for (const scenario of scenarios) {
    // Warm the caches the first requests fill, one connection, before loading it.
    for (const call of scenario.calls.slice(0, 6)) await callBatch(server.url, server.cookie, [call]);
    const result = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      // A request unanswered after 10 s counts as an error (a timeout), and is reported as one.
      timeout: 10,
      headers: { cookie: server.cookie },
      requests: scenario.calls.map((call) => ({ method: "GET", path: batchUrl([call]) })),
    });
    const row = {
      measure: scenario.measure,
      requestsPerSecond: Math.round(result.requests.average),
      requests: result.requests.total,
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
    };
    rows.push(row);
    console.log(`${row.measure}: ${row.requestsPerSecond} requests/s (p50 ${row.p50} ms, p99 ${row.p99} ms, max ${row.max} ms; ${row.errors} errors of which ${row.timeouts} timeouts, ${row.non2xx} non-2xx)`);
  }
} finally {
  await server.stop();
  remove();
}

console.table(rows.map((r) => ({ measure: r.measure, "requests/s": r.requestsPerSecond, "p50 (ms)": r.p50, "p97.5 (ms)": r.p97_5, "p99 (ms)": r.p99, "max (ms)": r.max, "errors (timeouts)": `${r.errors + r.non2xx} (${r.timeouts})` })));
writeResults("throughput", { size: BENCH_SIZE, generatedSeconds, connections: CONNECTIONS, durationSeconds: DURATION_S, loadAverageBefore: loadBefore, rows });
