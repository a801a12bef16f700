import { randomBytes } from "node:crypto";
import { startPostgresServer, type TPostgresServer } from "@topograph/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servingPort, startServerProcess } from "../testing/server-process.ts";
import { ancestorsOf, startFakeCollector } from "./testing/fake-collector.ts";

let postgres: TPostgresServer;
beforeAll(async () => {
  postgres = await startPostgresServer();
}, 60_000);
afterAll(() => postgres?.stop());

describe("tracing on PostgreSQL", () => {
  it("exports the procedure's SQL as postgresql spans beneath its tRPC span, in the caller's trace", async () => {
    const otlp = await startFakeCollector();
    try {
      const server = startServerProcess({ DATABASE_URL: await postgres.createDatabase("traced"), OTEL_EXPORTER_OTLP_ENDPOINT: otlp.endpoint, TOPOGRAPH_ANONYMOUS_READ: "true" });
      const base = `http://127.0.0.1:${await servingPort(server, 60_000)}`;
      const traceId = randomBytes(16).toString("hex");
      const teams = await fetch(`${base}/trpc/team.list?input=${encodeURIComponent("{}")}`, { headers: { traceparent: `00-${traceId}-${randomBytes(8).toString("hex")}-01` } });
      expect(teams.status).toBe(200);
      server.child.kill("SIGTERM");
      expect((await server.exited).code).toBe(0);

      const inTrace = otlp.spans().filter((span) => span.traceId === traceId);
      const procedureSpan = inTrace.find((span) => span.name === "trpc team.list");
      const queries = inTrace.filter((span) => span.name === "prisma:client:db_query");
      expect(queries.map((query) => query.attributes["db.query.text"])).toContainEqual(expect.stringMatching(/^SELECT .*"public"\."Team"/));
      for (const query of queries) {
        expect(query.attributes["db.system.name"]).toBe("postgresql");
        expect(ancestorsOf(query, inTrace)).toContain(procedureSpan);
      }
    } finally {
      await otlp.close();
    }
  }, 90_000);
});
