import http from "node:http";
import type { AddressInfo } from "node:net";
import { appRouter, createContext } from "@topograph/api";
import { demoDatabase, demoDatabaseFile } from "@topograph/db/testing";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT, runCheck } from "./check.ts";

let server: http.Server;
let url = "";
let seenAuthorization: string | undefined;

beforeAll(async () => {
  const db = await demoDatabase();
  const handler = createHTTPHandler({ router: appRouter, basePath: "/trpc/", createContext: () => createContext({ db }) });
  server = http.createServer((req, res) => {
    seenAuthorization = req.headers.authorization;
    void handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function check(args: string[], env: Record<string, string> = {}) {
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

  it("fails below the minimum and prints the rules to fix, sending the token", async () => {
    const result = await check(["--component", "b-service", "--scorecard", "deployment-readiness", "--min-level", "Bronze"], { TOPOGRAPH_URL: url, TOPOGRAPH_TOKEN: "tpg_secret" });
    expect(result.code).toBe(EXIT.belowMinimum);
    expect(result.out).toContain("Minimum Bronze: NOT MET");
    expect(result.out).toContain("✗ [Bronze] deploy.probes.liveness: Liveness probe: not in place.");
    expect(seenAuthorization).toBe("Bearer tpg_secret");
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
  });
});
