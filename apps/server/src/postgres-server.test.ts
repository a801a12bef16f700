import { startPostgresServer, type TPostgresServer } from "@topograph/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servingPort, startServerProcess } from "./testing/server-process.ts";

const ADMIN = { email: "admin@example.test", password: "an administrator password" };

let postgres: TPostgresServer;
beforeAll(async () => {
  postgres = await startPostgresServer();
}, 60_000);
afterAll(() => postgres?.stop());

describe("the server on PostgreSQL", () => {
  it("migrates a new database, loads the demo organisation, and serves it to a signed-in administrator", async () => {
    // The test cluster trusts loopback connections, so any password works: one the log must not show.
    const url = (await postgres.createDatabase("portal")).replace("postgres@", "postgres:not-for-the-log@");
    const server = startServerProcess({ DATABASE_URL: url, TOPOGRAPH_DEMO: "true", TOPOGRAPH_ADMIN_EMAIL: ADMIN.email, TOPOGRAPH_ADMIN_PASSWORD: ADMIN.password });
    try {
      const base = `http://127.0.0.1:${await servingPort(server, 60_000)}`;
      expect(await (await fetch(`${base}/readyz`)).json()).toMatchObject({ status: "ready" });

      const signIn = await fetch(`${base}/trpc/auth.signIn`, { method: "POST", headers: { "content-type": "application/json", origin: base }, body: JSON.stringify(ADMIN) });
      expect(signIn.status).toBe(200);
      const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
      const teams = await fetch(`${base}/trpc/team.list?input=${encodeURIComponent(JSON.stringify({ limit: 50 }))}`, { headers: { cookie } });
      const body = (await teams.json()) as { result: { data: { total: number; items: { slug: string }[] } } };
      expect(body.result.data.total).toBe(6);
      expect(body.result.data.items.map((team) => team.slug)).toContain("team-b");
      // The URL may hold a password: the server never writes it to its log.
      expect(server.stdout()).not.toContain("not-for-the-log");
      expect(server.stdout()).toContain("postgres:redacted@127.0.0.1");
    } finally {
      server.child.kill("SIGTERM");
      expect((await server.exited).code).toBe(0);
    }
  }, 90_000);
});
