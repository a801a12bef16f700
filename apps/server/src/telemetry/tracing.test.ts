import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { servingPort, startServerProcess, type TServerProcess } from "../testing/server-process.ts";
import { ancestorsOf, startFakeCollector } from "./testing/fake-collector.ts";

const SPAN_KIND_SERVER = 2;
const hex = (bytes: number) => randomBytes(bytes).toString("hex");
/** A caller's W3C trace context: a new trace, sampled. */
const callerTrace = () => ({ traceId: hex(16), parentId: hex(8) });
const traceparent = ({ traceId, parentId }: { traceId: string; parentId: string }) => `00-${traceId}-${parentId}-01`;

const signInBody = JSON.stringify({ email: "traced-person@example.com", password: "never-in-a-span-passphrase" });

/** The access line the server wrote for a request. */
const accessLine = (server: TServerProcess, message: string) => server.lines.find((line) => line.message === message);

async function stop(server: TServerProcess) {
  server.child.kill("SIGTERM");
  return (await server.exited).code;
}

const started: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((resource) => resource.close()));
});

async function collector() {
  const fake = await startFakeCollector();
  started.push(fake);
  return fake;
}

describe("tracing requests over OTLP", () => {
  it("exports an HTTP span, its tRPC procedure span and the procedure's SQL as children, in the caller's trace, flushed at shutdown", async () => {
    const otlp = await collector();
    // A schedule longer than the test: spans reach the collector only through the flush at shutdown.
    const server = startServerProcess({ OTEL_EXPORTER_OTLP_ENDPOINT: otlp.endpoint, OTEL_SERVICE_NAME: "topograph-under-test", OTEL_BSP_SCHEDULE_DELAY: "600000", TOPOGRAPH_ANONYMOUS_READ: "true" });
    const base = `http://127.0.0.1:${await servingPort(server)}`;
    expect(server.lines).toContainEqual(expect.objectContaining({ message: "Tracing requests over OTLP", tracesUrl: `${otlp.endpoint}/v1/traces`, serviceName: "topograph-under-test" }));

    const listing = callerTrace();
    const teams = await fetch(`${base}/trpc/team.list?input=${encodeURIComponent("{}")}`, { headers: { traceparent: traceparent(listing) } });
    expect(teams.status).toBe(200);
    const signingIn = callerTrace();
    const refused = await fetch(`${base}/trpc/auth.signIn`, { method: "POST", headers: { traceparent: traceparent(signingIn), "content-type": "application/json" }, body: signInBody });
    expect(refused.status).toBe(401);
    expect((await fetch(`${base}/no-such-page`)).status).toBe(404);

    expect(otlp.bodies).toEqual([]);
    expect(await stop(server)).toBe(0);
    const spans = otlp.spans();
    expect(spans.length).toBeGreaterThan(0);
    expect(new Set(spans.map((span) => span.serviceName))).toEqual(new Set(["topograph-under-test"]));
    // Queries outside any request (start-up, score recording) start no traces of their own.
    for (const span of spans.filter((candidate) => candidate.name.startsWith("prisma:"))) {
      expect(ancestorsOf(span, spans).at(-1)).toMatchObject({ kind: SPAN_KIND_SERVER });
    }

    // The request continues the caller's trace: its span's parent is the caller's span.
    const inListing = spans.filter((span) => span.traceId === listing.traceId);
    const httpSpan = inListing.find((span) => span.kind === SPAN_KIND_SERVER);
    expect(httpSpan).toMatchObject({ name: "GET /trpc/*", parentSpanId: listing.parentId, attributes: { "http.request.method": "GET", "url.path": "/trpc/team.list", "http.route": "/trpc/*", "http.response.status_code": 200 } });
    const procedureSpan = inListing.find((span) => span.name === "trpc team.list");
    expect(procedureSpan).toMatchObject({ parentSpanId: httpSpan!.spanId, attributes: { "rpc.system": "trpc", "rpc.method": "team.list", "trpc.type": "query" } });
    expect(procedureSpan!.attributes).not.toHaveProperty("error.type");
    // Every SQL statement of the procedure is a span under it, with its text and the database system.
    const queries = inListing.filter((span) => span.name === "prisma:client:db_query");
    expect(queries.length).toBeGreaterThan(0);
    for (const query of queries) {
      expect(ancestorsOf(query, inListing)).toContain(procedureSpan);
      expect(query.attributes).toMatchObject({ "db.system.name": "sqlite", "db.query.text": expect.stringMatching(/^SELECT /) });
    }
    expect(queries.some((query) => String(query.attributes["db.query.text"]).includes("`Team`"))).toBe(true);
    // The access line carries the same trace ID.
    expect(accessLine(server, "GET /trpc/team.list 200")).toMatchObject({ traceId: listing.traceId });

    // A failed procedure names its error code; neither the email nor the password is recorded anywhere.
    const signInSpan = spans.find((span) => span.traceId === signingIn.traceId && span.name === "trpc auth.signIn");
    expect(signInSpan).toMatchObject({ attributes: { "trpc.type": "mutation", "error.type": "UNAUTHORIZED" } });
    expect(spans.some((span) => span.traceId === signingIn.traceId && span.name === "prisma:client:db_query")).toBe(true);
    expect(otlp.bodies.join("\n")).not.toMatch(/traced-person|never-in-a-span/);

    // Without a traceparent the request starts a trace of its own, and the access line names it.
    const untraced = spans.find((span) => span.attributes["url.path"] === "/no-such-page");
    expect(untraced).toMatchObject({ name: "GET /*", parentSpanId: undefined, attributes: { "http.response.status_code": 404 } });
    expect(accessLine(server, "GET /no-such-page 404")).toMatchObject({ traceId: untraced!.traceId });
  });

  it("sends nothing and starts nothing without an endpoint; the access log keeps the caller's trace ID", async () => {
    const otlp = await collector();
    const server = startServerProcess({ TOPOGRAPH_ANONYMOUS_READ: "true" });
    const base = `http://127.0.0.1:${await servingPort(server)}`;
    const listing = callerTrace();
    expect((await fetch(`${base}/trpc/team.list?input=${encodeURIComponent("{}")}`, { headers: { traceparent: traceparent(listing) } })).status).toBe(200);
    expect(await stop(server)).toBe(0);
    expect(accessLine(server, "GET /trpc/team.list 200")).toMatchObject({ traceId: listing.traceId });
    expect(server.lines.map((line) => line.message)).not.toContain("Tracing requests over OTLP");
    expect(otlp.bodies).toEqual([]);
  });
});
