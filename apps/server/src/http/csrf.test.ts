import { createApiToken, createSession, type TDatabase } from "@topograph/db";
import { demoDatabase, testUser } from "@topograph/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listeningApp, type TListeningApp } from "./testing/listening-app.ts";

let db: TDatabase;
let app: TListeningApp;
let url = "";
let cookie = "";
let bearer = "";
let userId = "";

beforeAll(async () => {
  db = await demoDatabase();
  const user = await testUser(db, "editor");
  userId = user.id;
  cookie = `topograph_session=${(await createSession(db, user.id, new Date())).token}`;
  bearer = `Bearer ${(await createApiToken(db, user.id, { name: "CI gate", expiresInDays: 7 }, new Date())).token}`;
  app = await listeningApp({ db });
  url = app.url;
});
afterAll(() => app.close());

// biome-ignore lint/suspicious/noExplicitAny: test-only JSON reader
const json = (response: Response): Promise<any> => response.json();
const createToken = (name: string, headers: Record<string, string>) =>
  fetch(`${url}/trpc/token.create`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ name, expiresInDays: 7 }) });
const tokenNames = async (headers: Record<string, string>): Promise<string[]> =>
  (await json(await fetch(`${url}/trpc/token.list`, { headers }))).result.data.map((token: { name: string }) => token.name);

describe("cookie-signed writes over HTTP", () => {
  it("go through from the portal's own pages, by Origin or by Referer", async () => {
    expect((await createToken("by origin", { cookie, origin: url })).status).toBe(200);
    expect((await createToken("by referer", { cookie, referer: `${url}/account` })).status).toBe(200);
    expect(await tokenNames({ cookie })).toEqual(expect.arrayContaining(["by origin", "by referer"]));
  });

  it("are refused 403 from another origin or with no origin at all, as a tRPC error the web app reads, and change nothing", async () => {
    const crossSite = await createToken("from evil", { cookie, origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    expect(await json(crossSite)).toEqual({
      error: {
        message: `Refused: changes signed in with a session cookie are accepted only from Topograph's own pages (${url}), and this request came from https://evil.example. If Topograph runs behind a reverse proxy, set TOPOGRAPH_TRUST_PROXY=true and have the proxy send X-Forwarded-Host and X-Forwarded-Proto.`,
        code: -32003,
        data: { code: "FORBIDDEN", httpStatus: 403, appCode: "FORBIDDEN", issues: [] },
      },
    });
    const nowhere = await createToken("from nowhere", { cookie });
    expect(nowhere.status).toBe(403);
    expect((await json(nowhere)).error.message).toMatch(/^Refused: this request carries your session cookie but neither an Origin nor a Referer header/);
    // A batch from the web app gets the one refusal for all of its calls.
    const batch = await fetch(`${url}/trpc/token.create,token.revoke?batch=1`, { method: "POST", headers: { "content-type": "application/json", cookie, origin: "https://evil.example" }, body: "{}" });
    expect(batch.status).toBe(403);
    const names = await tokenNames({ cookie });
    expect(names).not.toContain("from evil");
    expect(names).not.toContain("from nowhere");
  });

  it("leave reads alone, and bearer-token calls need no origin", async () => {
    expect(await tokenNames({ cookie, origin: "https://evil.example" })).toContain("CI gate");
    const spare = await createApiToken(db, userId, { name: "spare", expiresInDays: 7 }, new Date());
    const revoke = await fetch(`${url}/trpc/token.revoke`, { method: "POST", headers: { "content-type": "application/json", authorization: bearer }, body: JSON.stringify({ id: spare.id }) });
    expect(revoke.status).toBe(200);
    expect((await json(await fetch(`${url}/trpc/token.list`, { headers: { cookie } }))).result.data.find((token: { id: string }) => token.id === spare.id).revokedAt).not.toBeNull();
  });
});
