import { createApiToken } from "@topograph/db";
import { demoDatabase, TEST_PASSWORD, testUser } from "@topograph/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listeningApp, type TListeningApp } from "./testing/listening-app.ts";
import { createLogger } from "../logging/logger.ts";

const lines: string[] = [];
let baseUrl = "";
let app: TListeningApp;
let email = "";
let bearerToken = "";

beforeAll(async () => {
  const db = await demoDatabase();
  const administrator = await testUser(db, "administrator");
  email = administrator.email;
  bearerToken = (await createApiToken(db, administrator.id, { name: "access log tests", expiresInDays: 1 }, new Date())).token;
  const logger = createLogger("debug", { write: (line: string) => void lines.push(line) });
  app = await listeningApp({ db, logger });
  baseUrl = app.url;
});
afterAll(() => app.close());

// biome-ignore lint/suspicious/noExplicitAny: test-only JSON reader
const entries = (): any[] => lines.map((line) => JSON.parse(line));
/** The access line for a request ID (written when the response has been sent, so wait for it). */
async function accessLine(requestId: string) {
  await expect.poll(() => entries().some((e) => e.requestId === requestId && e.status !== undefined)).toBe(true);
  return entries().find((e) => e.requestId === requestId && e.status !== undefined);
}

describe("access log", () => {
  it("writes one line per request with method, path, status, duration, user agent, request and trace ID", async () => {
    const response = await fetch(`${baseUrl}/trpc/team.list?input=${encodeURIComponent(JSON.stringify({ type: "platform" }))}`, {
      headers: { authorization: `Bearer ${bearerToken}`, "user-agent": "topograph-tests/1.0", "x-request-id": "req-from-proxy-1", traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req-from-proxy-1");
    const line = await accessLine("req-from-proxy-1");
    expect(line).toEqual({
      severity: "INFO",
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      message: "GET /trpc/team.list 200",
      requestId: "req-from-proxy-1",
      traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
      method: "GET",
      // Never the query: it carries tRPC inputs, setup tokens and OpenID Connect codes.
      path: "/trpc/team.list",
      status: 200,
      durationMs: expect.any(Number),
      userAgent: "topograph-tests/1.0",
    });
  });

  it("makes up a request ID when none or a hostile one is given, echoes it and traces by it", async () => {
    const response = await fetch(`${baseUrl}/nowhere`, { headers: { "x-request-id": 'evil"\tid' } });
    expect(response.status).toBe(404);
    const id = response.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await accessLine(id)).toMatchObject({ severity: "INFO", status: 404, path: "/nowhere", traceId: id, userAgent: expect.any(String) });
    expect(lines.join("")).not.toContain("evil");
  });

  it("logs health probes at debug, so the default level leaves them out", async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    expect(await accessLine(response.headers.get("x-request-id")!)).toMatchObject({ severity: "DEBUG", path: "/healthz", status: 200 });
  });

  it("never writes a bearer token, a session cookie or a password", async () => {
    const signIn = await fetch(`${baseUrl}/trpc/auth.signIn`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseUrl, "x-request-id": "sign-in-1" },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const sessionCookie = signIn.headers.get("set-cookie")!.split(";")[0]!;
    const sessionToken = sessionCookie.split("=")[1]!;
    expect(sessionToken.length).toBeGreaterThan(20);
    const me = await fetch(`${baseUrl}/trpc/auth.me`, { headers: { cookie: sessionCookie, "x-request-id": "me-1" } });
    expect(((await me.json()) as { result: { data: { signedInWith: string } } }).result.data.signedInWith).toBe("session");
    const refused = await fetch(`${baseUrl}/trpc/auth.me`, { headers: { authorization: `Bearer ${bearerToken}`, cookie: sessionCookie, "x-request-id": "both-1" } });
    expect(refused.status).toBeLessThan(500);
    await accessLine("sign-in-1");
    await accessLine("me-1");
    await accessLine("both-1");

    const text = lines.join("");
    expect(text).not.toContain(bearerToken);
    expect(text).not.toContain(sessionToken);
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toMatch(/authorization|cookie/i);
  });
});
