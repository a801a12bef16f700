import { createApiToken, revokeApiToken, type TDatabase } from "@topograph/db";
import { demoDatabase, demoDatabaseFile, testUser } from "@topograph/db/testing";
import { listeningApp, type TListeningApp } from "@topograph/server/http/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT, runCheck } from "./check.ts";

let app: TListeningApp;
let url = "";
let db: TDatabase;
/** A pipeline's token: the server reads nothing for anonymous callers. */
let readerToken = "";

// The CLI talks to the real server's HTTP handler, which resolves bearer tokens per request.
beforeAll(async () => {
  db = await demoDatabase();
  app = await listeningApp({ db });
  url = app.url;
  const reader = await testUser(db, "viewer", { email: "pipeline@example.test" });
  readerToken = (await createApiToken(db, reader.id, { name: "pipeline", expiresInDays: 30 }, new Date())).token;
});
afterAll(() => app.close());

async function check(args: string[], env: Record<string, string> = { TOPOGRAPH_TOKEN: readerToken }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck(args, { env, out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("topograph check, the CI gate", () => {
  it("passes a component at or above the minimum level", async () => {
    const result = await check(["--server", url, "--component", "a-service", "--scorecard", "deployment-readiness", "--min-level", "Gold"]);
    expect(result).toMatchObject({ code: EXIT.passed });
    expect(result.out).toContain("Minimum Gold: passed");
  });

  it("fails below the minimum and prints the rules to fix, sending the token, which the server resolves to its owner", async () => {
    const owner = await testUser(db, "viewer", { email: "ci@example.test" });
    const { token, id } = await createApiToken(db, owner.id, { name: "CI gate", expiresInDays: 30 }, new Date());
    const result = await check(["--component", "b-service", "--scorecard", "deployment-readiness", "--min-level", "Bronze"], { TOPOGRAPH_URL: url, TOPOGRAPH_TOKEN: token });
    expect(result.code).toBe(EXIT.belowMinimum);
    expect(result.out).toContain("Minimum Bronze: NOT MET");
    expect(result.out).toContain("✗ [Bronze] deploy.probes.liveness: Liveness probe: not in place.");
    // The server took the token for its owner's: it recorded the use.
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
  });

  it("stops with exit 3 when the server refuses the token, saying why", async () => {
    const owner = await testUser(db, "viewer", { email: "old-ci@example.test" });
    const { token, id } = await createApiToken(db, owner.id, { name: "old pipeline", expiresInDays: 30 }, new Date());
    await revokeApiToken(db, owner.id, id, new Date());
    const result = await check(["--server", url, "--token", token, "--component", "a-service", "--scorecard", "testing", "--min-level", "Silver"]);
    expect(result).toMatchObject({ code: EXIT.unavailable, err: 'Could not evaluate component "a-service" on "testing": the server refused the API token: The API token "old pipeline" was revoked.' });
    const madeUp = await check(["--server", url, "--token", "tpg_secret", "--component", "a-service", "--scorecard", "testing", "--min-level", "Silver"]);
    expect(madeUp.err).toContain("the server refused the API token: The bearer token is not a Topograph API token");
  });

  it("speaks JSON for machines", async () => {
    const result = await check(["--server", url, "--entity", "team:team-b", "--scorecard", "team-organisation", "--min-level", "Silver", "--format", "json"]);
    expect(result.code).toBe(EXIT.belowMinimum);
    const json = JSON.parse(result.out) as { level: string; passed: boolean; blocking: { id: string; status: string }[] };
    expect(json).toMatchObject({ level: "Bronze", passed: false, blocking: [{ id: "team-size", status: "fail" }] });
  });

  it("reads a local database file instead of a server", async () => {
    const { file } = await demoDatabaseFile();
    const local = await check(["--database", `file:${file}`, "--component", "a-service", "--scorecard", "testing", "--min-level", "Silver"]);
    expect(local).toMatchObject({ code: EXIT.passed });
    expect(local.out).toContain("a-service (component a-service) on Testing: Silver");
  });

  it("exits 2 on bad usage and 3 when it cannot evaluate", async () => {
    expect((await check(["--server", url, "--component", "a-service", "--scorecard", "testing"])).code).toBe(EXIT.usage);
    const badLevel = await check(["--server", url, "--component", "a-service", "--scorecard", "testing", "--min-level", "Platinum"]);
    expect(badLevel).toMatchObject({ code: EXIT.usage, err: '"Platinum" is not a level of Testing; its levels are Bronze, Silver, Gold.' });
    expect((await check(["--server", url, "--component", "nope", "--scorecard", "testing", "--min-level", "Gold"])).code).toBe(EXIT.unavailable);
    expect((await check(["--server", "http://127.0.0.1:1", "--component", "a-service", "--scorecard", "testing", "--min-level", "Gold"])).code).toBe(EXIT.unavailable);
    const anonymous = await check(["--server", url, "--component", "a-service", "--scorecard", "testing", "--min-level", "Gold"], {});
    expect(anonymous).toMatchObject({ code: EXIT.unavailable, err: expect.stringContaining("Sign in to see the catalog.") });
  });
});
