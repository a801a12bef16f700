import { SignInLimiter } from "@topograph/api";
import type { TDatabase } from "@topograph/db";
import { demoDatabase, TEST_PASSWORD, testUser } from "@topograph/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listeningApp, type TListeningApp } from "./testing/listening-app.ts";

type TServer = TListeningApp;

const servers: TServer[] = [];
let db: TDatabase;
let plain: TServer;
let behindProxy: TServer;
let editor: Awaited<ReturnType<typeof testUser>>;
let admin: Awaited<ReturnType<typeof testUser>>;

async function serve(options: { trustProxy: boolean; signInLimiter?: SignInLimiter; anonymousRead?: boolean }): Promise<TServer> {
  const server = await listeningApp({ db, ...options });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  db = await demoDatabase();
  editor = await testUser(db, "editor", { email: "emi.abe@example.com", name: "Emi Abe" });
  admin = await testUser(db, "administrator");
  plain = await serve({ trustProxy: false });
  behindProxy = await serve({ trustProxy: true });
});
afterAll(() => Promise.all(servers.map((server) => server.close())));

// biome-ignore lint/suspicious/noExplicitAny: test-only JSON reader
const json = (response: Response): Promise<any> => response.json();
// Posts come from the portal's own origin, as the web app's do (the cross-site check refuses cookie-signed posts without one).
const post = (server: TServer, procedure: string, input: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/trpc/${procedure}`, { method: "POST", headers: { "content-type": "application/json", origin: server.url, ...headers }, body: JSON.stringify(input) });
const get = (server: TServer, procedure: string, headers: Record<string, string> = {}, input?: unknown) =>
  fetch(`${server.url}/trpc/${procedure}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`, { headers });
const cookiePair = (response: Response) => response.headers.get("set-cookie")!.split(";")[0]!;

async function signIn(server: TServer, headers: Record<string, string> = {}) {
  const response = await post(server, "auth.signIn", { email: editor.email, password: TEST_PASSWORD }, headers);
  expect(response.status).toBe(200);
  return response;
}

describe("signing in over HTTP", () => {
  it("sets the session cookie HttpOnly, SameSite=Lax, on the whole site, uncached, and not Secure over plain HTTP", async () => {
    const response = await signIn(plain);
    const cookie = response.headers.get("set-cookie")!;
    const [pair, ...attributes] = cookie.split("; ");
    expect(pair).toMatch(/^topograph_session=[\w-]{43}$/);
    expect(attributes.filter((a) => !a.startsWith("Expires=")).sort()).toEqual(["HttpOnly", "Max-Age=1209600", "Path=/", "SameSite=Lax"]);
    expect(attributes.find((a) => a.startsWith("Expires="))).toMatch(/ GMT$/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect((await json(response)).result.data.user).toMatchObject({ email: "emi.abe@example.com", role: "editor", teams: [{ slug: "team-b", name: "Microservice team B" }] });
  });

  it("marks the cookie Secure behind a trusted proxy that reports https, and only then", async () => {
    expect((await signIn(behindProxy, { "x-forwarded-proto": "https" })).headers.get("set-cookie")?.split("; ")).toContain("Secure");
    expect((await signIn(behindProxy, { "x-forwarded-proto": "http" })).headers.get("set-cookie")).not.toContain("Secure");
    expect((await signIn(plain, { "x-forwarded-proto": "https" })).headers.get("set-cookie")).not.toContain("Secure");
  });

  it("signs the following requests in with the cookie, until sign-out clears it", async () => {
    const cookie = cookiePair(await signIn(plain));
    expect((await json(await get(plain, "auth.me", { cookie }))).result.data).toMatchObject({ user: { id: editor.id }, signedInWith: "session" });

    const signOut = await post(plain, "auth.signOut", undefined, { cookie });
    expect(signOut.headers.get("set-cookie")?.split("; ").sort()).toEqual(["Expires=Thu, 01 Jan 1970 00:00:00 GMT", "HttpOnly", "Max-Age=0", "Path=/", "SameSite=Lax", "topograph_session="]);
    expect((await json(await get(plain, "auth.me", { cookie }))).result.data).toEqual({ user: null, signedInWith: null, credentialProblem: "Your session has ended; sign in again.", anonymousRead: false });
  });

  it("answers 401 with one sentence for a wrong password, then 429 after five failures from one address", async () => {
    const limited = await serve({ trustProxy: true, signInLimiter: new SignInLimiter() });
    const attempt = (password: string, ip: string) => post(limited, "auth.signIn", { email: editor.email, password }, { "x-forwarded-for": ip });
    for (let i = 0; i < 5; i++) {
      const response = await attempt("a wrong guess", "192.0.2.50");
      expect(response.status).toBe(401);
      expect((await json(response)).error).toMatchObject({ message: "The email or password is incorrect.", data: { appCode: "UNAUTHENTICATED" } });
    }
    const tooMany = await attempt(TEST_PASSWORD, "192.0.2.50");
    expect(tooMany.status).toBe(429);
    expect((await json(tooMany)).error).toMatchObject({ message: expect.stringMatching(/^Too many failed sign-in attempts for emi\.abe@example\.com from your address\. Try again in 1[45] minutes\.$/), data: { code: "TOO_MANY_REQUESTS", appCode: "RATE_LIMITED" } });
    expect((await attempt(TEST_PASSWORD, "192.0.2.51")).status).toBe(200);
  });
});

describe("API tokens over HTTP", () => {
  it("sign requests in as Authorization: Bearer, and stop the moment they are revoked", async () => {
    const cookie = cookiePair(await signIn(plain));
    const created = (await json(await post(plain, "token.create", { name: "CI gate", expiresInDays: 7 }, { cookie }))).result.data;
    const bearer = { authorization: `Bearer ${created.token}` };
    expect((await json(await get(plain, "auth.me", bearer))).result.data).toMatchObject({ user: { email: "emi.abe@example.com" }, signedInWith: "api-token" });

    expect((await post(plain, "token.revoke", { id: created.id }, { cookie })).status).toBe(200);
    const refused = await get(plain, "token.list", bearer);
    expect(refused.status).toBe(401);
    expect((await json(refused)).error.message).toBe('The API token "CI gate" was revoked.');
  });

  it("are needed to read the catalog unless the server allows anonymous reading, and a refused one says why", async () => {
    const refused = await get(plain, "team.list", {}, { type: "platform" });
    expect(refused.status).toBe(401);
    expect((await json(refused)).error.message).toBe("Sign in to see the catalog.");
    const badToken = await get(plain, "team.list", { authorization: "Bearer tpg_not_a_token" }, { type: "platform" });
    expect(badToken.status).toBe(401);
    expect((await json(badToken)).error.message).not.toBe("Sign in to see the catalog.");
    expect((await get(plain, "team.list", { cookie: cookiePair(await signIn(plain)) }, { type: "platform" })).status).toBe(200);

    const open = await serve({ trustProxy: false, anonymousRead: true });
    expect((await get(open, "team.list", {}, { type: "platform" })).status).toBe(200);
    const write = await post(open, "team.create", { name: "Anonymous team", type: "platform", members: [] });
    expect(write.status).toBe(401);
    expect((await json(write)).error.message).toBe("Sign in to make changes.");
  });
});

describe("administrator-only procedures over HTTP", () => {
  it("answer 401 to anonymous callers, 403 to editors and 200 to administrators", async () => {
    expect((await get(plain, "user.list")).status).toBe(401);
    expect((await get(plain, "user.list", { cookie: cookiePair(await signIn(plain)) })).status).toBe(403);
    const adminCookie = cookiePair(await post(plain, "auth.signIn", { email: admin.email, password: TEST_PASSWORD }));
    const users = await get(plain, "user.list", { cookie: adminCookie });
    expect(users.status).toBe(200);
    expect((await json(users)).result.data.items.map((user: { email: string }) => user.email)).toEqual(["emi.abe@example.com", "administrator@example.test"]);
  });
});
