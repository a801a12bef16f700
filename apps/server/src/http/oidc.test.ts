import net, { type AddressInfo } from "node:net";
import { disableUser, type TDatabase } from "@topograph/db";
import { demoDatabase, testUser } from "@topograph/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listeningApp, type TListeningApp } from "./testing/listening-app.ts";
import type { TOidcSettings } from "./oidc-settings.ts";
import { startFakeIssuer, type TFakeIssuer } from "./testing/fake-oidc-issuer.ts";

const CLIENT = { clientId: "topograph", clientSecret: "a-test-client-secret" };
/** The portal's public address: the provider redirects there, the test (like a proxy) forwards to the server. */
const REDIRECT_URI = "https://topograph.example.test/auth/oidc/callback";

type TServer = TListeningApp;

let db: TDatabase;
let issuer: TFakeIssuer;
let portal: TServer;
const servers: TServer[] = [];
const logged: Record<string, unknown>[] = [];

function settings(overrides: Partial<TOidcSettings> = {}): TOidcSettings {
  return { issuer: new URL(issuer.issuer), ...CLIENT, redirectUri: new URL(REDIRECT_URI), label: "Company SSO", defaultRole: "viewer", ...overrides };
}

async function serve(oidc: TOidcSettings | null, trustProxy = false): Promise<TServer> {
  const server = await listeningApp({ db, log: (entry) => logged.push(entry), trustProxy, oidc });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  db = await demoDatabase();
  issuer = await startFakeIssuer(CLIENT);
  issuer.state.redirectUri = REDIRECT_URI;
  portal = await serve(settings());
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await issuer.close();
});
beforeEach(() => {
  issuer.state.identity = { sub: "sub-emi", email: "Emi.Abe@Example.com", email_verified: true, name: "Emi Abe" };
});

// biome-ignore lint/suspicious/noExplicitAny: test-only JSON reader
const json = (response: Response): Promise<any> => response.json();
/** The Cookie header value a browser sends back for Set-Cookie values. */
const pairsOf = (setCookies: string[]) => setCookies.map((cookie) => cookie.split(";")[0]!);
const sessionPair = (response: Response) => pairsOf(response.headers.getSetCookie()).find((pair) => pair.startsWith("topograph_session="));
const me = async (server: TServer, cookie: string) => (await json(await fetch(`${server.url}/trpc/auth.me`, { headers: { cookie } }))).result.data;

/**
 * A browser signing in: the portal's start route, the provider's /authorize (which signs the
 * configured identity in at once) and back to the portal's callback with the cookies it was given.
 * `alter` changes the provider's answer on its way back, as an attacker could.
 */
async function signInThroughProvider(options: { next?: string; cookie?: string; alter?: (callback: URL) => void; pendingCookie?: (pair: string) => string; headers?: Record<string, string>; server?: TServer } = {}) {
  const server = options.server ?? portal;
  const start = await fetch(`${server.url}/auth/oidc/start${options.next === undefined ? "" : `?next=${encodeURIComponent(options.next)}`}`, { redirect: "manual", headers: options.headers });
  expect(start.status).toBe(303);
  const authorizeUrl = new URL(start.headers.get("location")!);
  const pending = pairsOf(start.headers.getSetCookie())[0]!;
  const authorize = await fetch(authorizeUrl, { redirect: "manual" });
  expect(authorize.status).toBe(302);
  const back = new URL(authorize.headers.get("location")!);
  options.alter?.(back);
  const cookie = [options.pendingCookie ? options.pendingCookie(pending) : pending, options.cookie].filter(Boolean).join("; ");
  const callback = await fetch(`${server.url}${back.pathname}${back.search}`, { redirect: "manual", headers: { cookie, ...options.headers } });
  return { start, authorizeUrl, callback, location: callback.headers.get("location") };
}

describe("signing in through an OpenID Connect provider", () => {
  it("sends the browser to the provider with PKCE (S256), state and nonce, keeping them in a short-lived HttpOnly cookie", async () => {
    const { start, authorizeUrl } = await signInThroughProvider({ next: "/teams/team-b" });
    expect(`${authorizeUrl.origin}${authorizeUrl.pathname}`).toBe(`${issuer.issuer}/authorize`);
    const params = Object.fromEntries(authorizeUrl.searchParams);
    expect(params).toMatchObject({ client_id: "topograph", redirect_uri: REDIRECT_URI, response_type: "code", scope: "openid email profile", code_challenge_method: "S256" });
    expect(params.code_challenge).toMatch(/^[\w-]{43}$/);
    expect(params.state).toMatch(/^[\w-]{43}$/);
    expect(params.nonce).toMatch(/^[\w-]{43}$/);
    const [pair, ...attributes] = start.headers.getSetCookie()[0]!.split("; ");
    expect(pair).toMatch(/^topograph_oidc=/);
    expect(pair).not.toContain(params.state);
    expect(attributes.sort()).toEqual(["HttpOnly", "Max-Age=600", "Path=/auth/oidc", "SameSite=Lax"]);
    expect(start.headers.get("cache-control")).toBe("no-store");
  });

  it("creates the user at their first sign-in, with the default role and no password, signed in and back where they started", async () => {
    const { callback, location } = await signInThroughProvider({ next: "/teams/team-b?tab=members" });
    expect(callback.status).toBe(303);
    expect(location).toBe("/teams/team-b?tab=members");
    const setCookies = callback.headers.getSetCookie();
    expect(setCookies.find((cookie) => cookie.startsWith("topograph_oidc="))).toContain("Max-Age=0");
    const session = setCookies.find((cookie) => cookie.startsWith("topograph_session="))!;
    expect(session.split("; ").filter((a) => !a.startsWith("Expires=")).slice(1).sort()).toEqual(["HttpOnly", "Max-Age=1209600", "Path=/", "SameSite=Lax"]);

    const signedIn = await me(portal, sessionPair(callback)!);
    // Membership comes from the catalog: the team that lists this email as a member.
    expect(signedIn).toMatchObject({ user: { email: "emi.abe@example.com", name: "Emi Abe", role: "viewer", hasPassword: false, teams: [{ slug: "team-b" }] }, signedInWith: "session" });
    expect(logged).toContainEqual(expect.objectContaining({ severity: "INFO", message: "Created the user emi.abe@example.com (viewer) at their first OpenID Connect sign-in" }));
  });

  it("signs the same user in again without a second account, ending the session the browser had", async () => {
    const first = sessionPair((await signInThroughProvider()).callback)!;
    const users = await db.user.count();
    const again = await signInThroughProvider({ cookie: first });
    expect(again.location).toBe("/");
    expect(await db.user.count()).toBe(users);
    expect((await me(portal, sessionPair(again.callback)!)).user.email).toBe("emi.abe@example.com");
    expect(await me(portal, first)).toMatchObject({ user: null, credentialProblem: "Your session has ended; sign in again." });
  });

  it("signs in an existing local account by its email, keeping its role and password", async () => {
    const editor = await testUser(db, "editor", { email: "daichi.kato@example.com", name: "Daichi Kato" });
    issuer.state.identity = { sub: "sub-daichi", email: "daichi.kato@example.com", name: "D. Kato" };
    const { callback } = await signInThroughProvider();
    expect((await me(portal, sessionPair(callback)!)).user).toMatchObject({ id: editor.id, name: "Daichi Kato", role: "editor", hasPassword: true });
  });

  it("reads the email from userinfo when the ID token leaves it out", async () => {
    issuer.state.identity = { sub: "sub-ana", email: "ana.userinfo@example.com", email_verified: true, name: "Ana", emailOnlyFromUserinfo: true };
    const { callback } = await signInThroughProvider();
    expect((await me(portal, sessionPair(callback)!)).user).toMatchObject({ email: "ana.userinfo@example.com", role: "viewer" });
  });

  it("makes new users editors when TOPOGRAPH_OIDC_DEFAULT_ROLE says so", async () => {
    const editors = await serve(settings({ defaultRole: "editor" }));
    issuer.state.identity = { sub: "sub-eve", email: "eve.editor@example.com", name: "Eve" };
    const { callback } = await signInThroughProvider({ server: editors });
    expect((await me(editors, sessionPair(callback)!)).user).toMatchObject({ email: "eve.editor@example.com", role: "editor" });
  });

  it("ignores a next that leaves the site", async () => {
    for (const next of ["https://evil.example/steal", "//evil.example", "/\\evil.example"]) {
      const { start, location } = await signInThroughProvider({ next });
      expect(start.status).toBe(303);
      expect(location).toBe("/");
    }
  });

  it("marks both cookies Secure behind a trusted proxy that reports https", async () => {
    const proxied = await serve(settings(), true);
    const { start, callback } = await signInThroughProvider({ server: proxied, headers: { "x-forwarded-proto": "https" } });
    expect(start.headers.getSetCookie()[0]).toContain("; Secure");
    expect(callback.headers.getSetCookie().find((cookie) => cookie.startsWith("topograph_session="))).toContain("; Secure");
  });
});

/** A loopback port nothing listens on any more. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Changes the first character of the encrypted cookie's tag, which carries six whole bits, so the tag no longer matches. */
function alterTag(pair: string): string {
  const parts = pair.split(".");
  parts[4] = `${parts[4]![0] === "A" ? "B" : "A"}${parts[4]!.slice(1)}`;
  return parts.join(".");
}

describe("refusing an OpenID Connect sign-in", () => {
  /** The refusal lands on the sign-in page with a code it explains, and nobody is signed in. */
  function expectRefused(callback: Response, error: string, next?: string) {
    expect(callback.status).toBe(303);
    const location = new URL(callback.headers.get("location")!, "https://topograph.example.test");
    expect(location.pathname).toBe("/sign-in");
    expect(Object.fromEntries(location.searchParams)).toEqual({ error, ...(next ? { next } : {}) });
    expect(sessionPair(callback)).toBeUndefined();
    expect(callback.headers.getSetCookie().find((cookie) => cookie.startsWith("topograph_oidc="))).toContain("Max-Age=0");
  }

  it("refuses a tampered state before redeeming the code", async () => {
    const tokenRequests = issuer.state.tokenRequests;
    const { callback } = await signInThroughProvider({ next: "/teams", alter: (back) => back.searchParams.set("state", "forged-state") });
    expectRefused(callback, "oidc-invalid", "/teams");
    expect(issuer.state.tokenRequests).toBe(tokenRequests);
  });

  it("refuses an ID token with another nonce", async () => {
    issuer.state.identity = { sub: "sub-nonce", email: "nonce.victim@example.com", name: "Nonce" };
    issuer.state.tamper = { nonce: "a-replayed-nonce" };
    expectRefused((await signInThroughProvider()).callback, "oidc-invalid");
    expect(await db.user.count({ where: { email: "nonce.victim@example.com" } })).toBe(0);
  });

  it("refuses an ID token signed with a key the provider does not publish", async () => {
    issuer.state.identity = { sub: "sub-forged", email: "forged@example.com", name: "Forged" };
    issuer.state.tamper = { foreignKey: true };
    expectRefused((await signInThroughProvider()).callback, "oidc-invalid");
    expect(await db.user.count({ where: { email: "forged@example.com" } })).toBe(0);
  });

  it("refuses a callback without its pending-sign-in cookie, or with an altered one", async () => {
    expectRefused((await signInThroughProvider({ pendingCookie: () => "" })).callback, "oidc-expired");
    expectRefused((await signInThroughProvider({ pendingCookie: alterTag })).callback, "oidc-expired");
  });

  it("refuses a disabled account", async () => {
    const admin = await testUser(db, "administrator", { email: "admin.oidc@example.test" });
    const viewer = await testUser(db, "viewer", { email: "disabled.person@example.com" });
    await disableUser(db, { id: viewer.id, version: viewer.version, actorId: admin.id }, new Date());
    issuer.state.identity = { sub: "sub-disabled", email: "disabled.person@example.com", name: "Disabled" };
    expectRefused((await signInThroughProvider({ next: "/account" })).callback, "account-disabled", "/account");
  });

  it("refuses an email the provider calls unverified", async () => {
    issuer.state.identity = { sub: "sub-unverified", email: "unverified@example.com", email_verified: false, name: "Unverified" };
    expectRefused((await signInThroughProvider()).callback, "oidc-no-email");
    expect(await db.user.count({ where: { email: "unverified@example.com" } })).toBe(0);
  });

  it("says so when the provider refuses, or cannot be reached", async () => {
    issuer.state.denyNext = "access_denied";
    expectRefused((await signInThroughProvider()).callback, "oidc-denied");
    expect(logged.at(-1)).toMatchObject({ reason: "oidc-denied", error: expect.stringContaining("(access_denied)") });

    const unreachable = await serve(settings({ issuer: new URL(`http://127.0.0.1:${await closedPort()}`) }));
    const start = await fetch(`${unreachable.url}/auth/oidc/start?next=%2Fteams`, { redirect: "manual" });
    expect(start.status).toBe(303);
    expect(start.headers.get("location")).toBe("/sign-in?error=oidc-unavailable&next=%2Fteams");
    expect(start.headers.getSetCookie()).toEqual([]);
    expect(logged).toContainEqual(expect.objectContaining({ message: "OpenID Connect discovery failed", error: expect.stringMatching(/^fetch failed/) }));
  });

  it("never logs the client secret or tokens", () => {
    expect(logged.length).toBeGreaterThan(0);
    expect(JSON.stringify(logged)).not.toContain(CLIENT.clientSecret);
    expect(JSON.stringify(logged)).not.toMatch(/eyJ[\w-]+\.eyJ/);
  });
});

describe("the sign-in page's providers", () => {
  it("names the provider's label when configured, and none otherwise; the routes exist only then", async () => {
    expect((await json(await fetch(`${portal.url}/trpc/auth.providers`))).result.data).toEqual({ oidc: { label: "Company SSO" } });
    const without = await serve(null);
    expect((await json(await fetch(`${without.url}/trpc/auth.providers`))).result.data).toEqual({ oidc: null });
    expect((await fetch(`${without.url}/auth/oidc/start`, { redirect: "manual" })).status).toBe(404);
  });

  it("answers only GET", async () => {
    expect((await fetch(`${portal.url}/auth/oidc/start`, { method: "POST", redirect: "manual" })).status).toBe(405);
    expect((await fetch(`${portal.url}/auth/oidc/elsewhere`, { redirect: "manual" })).status).toBe(404);
  });
});
