import { createDatabase, type TDatabase } from "@topograph/db";
import { startPostgresServer, type TPostgresServer } from "@topograph/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servingPort, startServerProcess, type TServerProcess } from "./testing/server-process.ts";

/**
 * Two server processes on one PostgreSQL database, as two replicas behind a load balancer: they
 * start together on a new database, share sessions, lose no update when both edit one entity, see
 * each other's writes at once through their caches, and run each scheduled job on one replica at a
 * time, once per due run.
 */
const ADMIN = { email: "admin@example.test", password: "an administrator password" };
const FAST_JOBS = { JOB_POLL_INTERVAL_MS: "100", SCORE_RECORDING_INTERVAL_MS: "1000", EVIDENCE_RESCAN_INTERVAL_MS: "1000", EXPIRY_INTERVAL_MS: "1000", SESSION_CLEANUP_INTERVAL_MS: "1000" };

let postgres: TPostgresServer;
let db: TDatabase;
const replicas: { name: string; server: TServerProcess; base: string }[] = [];
let cookie = "";

beforeAll(async () => {
  postgres = await startPostgresServer();
  const url = await postgres.createDatabase("replicas");
  // Started together on an empty database: one migrates and loads the demo, the other waits its turn.
  const started = ["replica-a", "replica-b"].map((name) => ({
    name,
    server: startServerProcess({ DATABASE_URL: url, TOPOGRAPH_DEMO: "true", TOPOGRAPH_ADMIN_EMAIL: ADMIN.email, TOPOGRAPH_ADMIN_PASSWORD: ADMIN.password, TOPOGRAPH_REPLICA: name, ...FAST_JOBS }),
  }));
  for (const { name, server } of started) replicas.push({ name, server, base: `http://127.0.0.1:${await servingPort(server, 90_000)}` });
  db = createDatabase(url);
  const signIn = await fetch(`${replicas[0]!.base}/trpc/auth.signIn`, { method: "POST", headers: { "content-type": "application/json", origin: replicas[0]!.base }, body: JSON.stringify(ADMIN) });
  expect(signIn.status).toBe(200);
  cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
}, 120_000);

afterAll(async () => {
  for (const { server } of replicas) server.child.kill("SIGTERM");
  const exits = await Promise.all(replicas.map(({ server }) => server.exited));
  await db?.$disconnect();
  await postgres?.stop();
  expect(exits.map((exit) => exit.code)).toEqual([0, 0]);
}, 60_000);

/** A tRPC call over HTTP to one replica as the signed-in administrator: the data, or the error's HTTP status. */
async function call(base: string, path: string, input: unknown, kind: "query" | "mutation" = "query"): Promise<{ status: number; data: any }> {
  const response =
    kind === "query"
      ? await fetch(`${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers: { cookie } })
      : await fetch(`${base}/trpc/${path}`, { method: "POST", headers: { cookie, origin: base, "content-type": "application/json" }, body: JSON.stringify(input) });
  const body = (await response.json()) as { result?: { data: unknown } };
  return { status: response.status, data: body.result?.data };
}

const [a, b] = [() => replicas[0]!.base, () => replicas[1]!.base];

describe("two replicas on one PostgreSQL database", () => {
  it("start together on a new database: the demo is loaded once and both serve it, with one sign-in good on both", async () => {
    expect(await db.team.count()).toBe(6);
    expect(await db.organisation.count()).toBe(1);
    const [fromA, fromB] = await Promise.all([call(a(), "team.list", { limit: 50 }), call(b(), "team.list", { limit: 50 })]);
    expect([fromA.status, fromB.status]).toEqual([200, 200]);
    expect(fromB.data.total).toBe(fromA.data.total);
  });

  it("lose no update when both edit one component: each increment is applied once, conflicts are retried", async () => {
    // Read, write with the version read, retry on a conflict: what two people editing at once do.
    const increment = async (base: string) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const { data: component } = await call(base, "component.get", { slug: "b-service" });
        const next = String(Number(component.description.match(/^count (\d+)$/)?.[1] ?? 0) + 1);
        const { status } = await call(base, "component.update", { id: component.id, version: component.version, description: `count ${next}` }, "mutation");
        if (status === 200) return;
        expect(status).toBe(409);
      }
      throw new Error("Never got a write through.");
    };
    const increments = (base: string) => (async () => {
      for (let i = 0; i < 10; i++) await increment(base);
    })();
    await Promise.all([increments(a()), increments(b())]);

    expect((await db.component.findUniqueOrThrow({ where: { slug: "b-service" } })).description).toBe("count 20");
    const updates = await db.auditEntry.findMany({ where: { entityKind: "component", entityKey: "b-service", action: "update" }, orderBy: { id: "asc" } });
    expect(updates.map((entry) => JSON.parse(entry.after!).description)).toEqual(Array.from({ length: 20 }, (_, i) => `count ${i + 1}`));
  }, 60_000);

  it("see each other's writes at once, although each caches the catalog it scores", async () => {
    const scored = async (base: string) => (await call(base, "scorecard.entities", { scorecardId: "deployment-readiness", q: "replica-made" })).data.total as number;
    // Replica B reads (and caches) the facts of every entity; then replica A adds a component.
    expect(await scored(b())).toBe(0);
    expect((await call(a(), "component.create", { name: "Replica made", slug: "replica-made", kind: "microservice", ownerTeamSlugs: ["team-b"] }, "mutation")).status).toBe(200);
    expect(await scored(b())).toBe(1);
  });

  it("run each scheduled job on one replica at a time, once per due run, and a lapsed waiver is noted once", async () => {
    const expiresAt = new Date(Date.now() + 1500).toISOString();
    const waiver = await call(a(), "waiver.create", { scorecardId: "deployment-readiness", ruleId: "deploy.probes.liveness", entity: { kind: "component", slug: "b-service" }, reason: "Ships within seconds", expiresAt, grantedBy: "Mai" }, "mutation");
    expect(waiver.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 5_000));

    const runs = await db.jobRun.findMany({ where: { result: { not: "running" } }, orderBy: [{ jobName: "asc" }, { startedAt: "asc" }] });
    const byJob = new Map<string, typeof runs>();
    for (const run of runs) byJob.set(run.jobName, [...(byJob.get(run.jobName) ?? []), run]);
    expect([...byJob.keys()].sort()).toEqual(["evidence-rescan", "expiry", "score-snapshots", "session-cleanup"]);
    for (const [job, jobRuns] of byJob) {
      expect(jobRuns.length, job).toBeGreaterThanOrEqual(3);
      // One at a time: each run starts after the previous one finished, whichever replica ran it.
      for (let i = 1; i < jobRuns.length; i++) expect(jobRuns[i]!.startedAt.getTime(), `${job} run ${i}`).toBeGreaterThanOrEqual(jobRuns[i - 1]!.finishedAt!.getTime());
      expect(jobRuns.every((run) => run.result === "ok"), `${job}: ${jobRuns.map((run) => run.summary).join(" | ")}`).toBe(true);
    }
    expect(new Set(runs.map((run) => run.replica))).toEqual(new Set(["replica-a", "replica-b"]));
    const noted = await db.auditEntry.findMany({ where: { entityKind: "waiver", entityKey: waiver.data.id, action: "update" } });
    expect(noted.map((entry) => JSON.parse(entry.after!).expiredAt)).toHaveLength(1);
  }, 30_000);
});
