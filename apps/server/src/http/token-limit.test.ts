import { TokenLimiter } from "@topograph/api";
import { createApiToken, type TDatabase } from "@topograph/db";
import { demoDatabase, testUser } from "@topograph/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listeningApp, type TListeningApp } from "./testing/listening-app.ts";

let db: TDatabase;
let app: TListeningApp;
let url = "";
let userId = "";
const logged: Record<string, unknown>[] = [];

beforeAll(async () => {
  db = await demoDatabase();
  userId = (await testUser(db, "editor")).id;
  // Small limits, and a trusted proxy so each test can call from addresses of its own.
  const tokenLimiter = new TokenLimiter({ failures: 3, failureWindowSeconds: 15 * 60, requestsPerMinute: 5 });
  app = await listeningApp({ db, trustProxy: true, tokenLimiter, log: (entry) => logged.push(entry) });
  url = app.url;
});
afterAll(() => app.close());

// biome-ignore lint/suspicious/noExplicitAny: test-only JSON reader
const json = (response: Response): Promise<any> => response.json();
const me = (ip: string, token?: string) => fetch(`${url}/trpc/auth.me`, { headers: { "x-forwarded-for": ip, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
const newToken = async (name: string) => (await createApiToken(db, userId, { name, expiresInDays: 7 }, new Date())).token;

describe("API token use over HTTP", () => {
  it("answers 429 to an address after its failed tokens, valid ones included, and says when to retry", async () => {
    for (let i = 0; i < 3; i++) {
      const refused = await me("192.0.2.60", "tpg_made_up");
      expect(refused.status).toBe(200);
      expect((await json(refused)).result.data.credentialProblem).toBe("The bearer token is not a Topograph API token (they read tpg_…).");
    }
    const token = await newToken("CI gate");
    for (const tooMany of [await me("192.0.2.60", "tpg_made_up"), await me("192.0.2.60", token)]) {
      expect(tooMany.status).toBe(429);
      expect((await json(tooMany)).error).toMatchObject({
        message: "Too many requests with API tokens that are not valid came from your address. Try again in 15 minutes.",
        data: { code: "TOO_MANY_REQUESTS", httpStatus: 429, appCode: "RATE_LIMITED" },
      });
    }
    // Browsers at that address without a token, and the token from elsewhere, carry on.
    expect((await me("192.0.2.60")).status).toBe(200);
    expect((await json(await me("192.0.2.61", token))).result.data.signedInWith).toBe("api-token");
  });

  it("answers 429 once a valid token goes over its requests per minute, and only to that token", async () => {
    const busy = await newToken("busy script");
    for (let i = 0; i < 5; i++) expect((await me("192.0.2.70", busy)).status).toBe(200);
    const tooMany = await me("192.0.2.70", busy);
    expect(tooMany.status).toBe(429);
    expect((await json(tooMany)).error.message).toMatch(/^This API token has made more than 5 requests in a minute\. Try again in \d+ seconds?\.$/);
    expect((await me("192.0.2.70", await newToken("quiet script"))).status).toBe(200);
  });

  it("logs no server error for a refusal: a 429 is an answer, not a failure", () => {
    expect(logged).toEqual([]);
  });
});
