import { emptyDatabase, TEST_PASSWORD, testUser } from "@topograph/db/testing";
import { SESSION_COOKIE_NAME } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { SignInLimiter } from "../auth/sign-in-limiter.ts";
import { apiSignedInAs, apiWithHeaders, failure, invalidFields } from "../testing/caller.ts";

const cookieOf = (setCookie: string) => `${SESSION_COOKIE_NAME}=${/^topograph_session=([^;]*)/.exec(setCookie)?.[1]}`;

describe("auth.signIn", () => {
  it("sets an HttpOnly, SameSite=Lax session cookie that signs the next requests in", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor");
    const { api, ctx } = await apiWithHeaders(db);
    const result = await api.auth.signIn({ email: editor.email.toUpperCase(), password: TEST_PASSWORD });
    expect(result.user).toMatchObject({ id: editor.id, role: "editor", actions: ["read", "edit"], teams: [] });
    expect(ctx.responseCookies).toHaveLength(1);
    const [pair, ...attributes] = ctx.responseCookies[0]!.split("; ");
    expect(pair).toMatch(/^topograph_session=[\w-]{43}$/);
    expect(attributes.filter((a) => !a.startsWith("Expires=")).sort()).toEqual(["HttpOnly", "Max-Age=1209600", "Path=/", "SameSite=Lax"]);

    const next = await apiWithHeaders(db, { cookie: `theme=dark; ${cookieOf(ctx.responseCookies[0]!)}` });
    expect(await next.api.auth.me()).toMatchObject({ user: { email: editor.email }, signedInWith: "session", credentialProblem: null });
  });

  it("answers a wrong password and an unknown email with the same UNAUTHORIZED sentence", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor");
    const { api, ctx } = await apiWithHeaders(db);
    const wrong = await failure(api.auth.signIn({ email: editor.email, password: "not the password" }));
    const unknown = await failure(api.auth.signIn({ email: "nobody@example.test", password: TEST_PASSWORD }));
    for (const error of [wrong, unknown]) expect({ code: error.code, message: error.message }).toEqual({ code: "UNAUTHORIZED", message: "The email or password is incorrect." });
    expect(ctx.responseCookies).toEqual([]);
  });

  it("names the bad fields", async () => {
    const { api } = await apiWithHeaders(await emptyDatabase());
    expect(invalidFields(await failure(api.auth.signIn({ email: "not-an-email", password: "" })))).toEqual(["email", "password"]);
  });

  it("stops after five failed attempts for an email from one address, even with the right password", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor");
    const signInLimiter = new SignInLimiter();
    const from = (ip: string) => apiWithHeaders(db, {}, { signInLimiter, ip });
    const { api } = await from("198.51.100.1");
    for (let attempt = 0; attempt < 5; attempt++) expect((await failure(api.auth.signIn({ email: editor.email, password: "a wrong guess" }))).code).toBe("UNAUTHORIZED");
    const limited = await failure(api.auth.signIn({ email: editor.email, password: TEST_PASSWORD }));
    expect(limited.code).toBe("TOO_MANY_REQUESTS");
    expect(limited.message).toBe(`Too many failed sign-in attempts for ${editor.email} from your address. Try again in 15 minutes.`);
    // Another address, or another account from this one, is not held back.
    expect((await (await from("198.51.100.2")).api.auth.signIn({ email: editor.email, password: TEST_PASSWORD })).user.id).toBe(editor.id);
  });

  it("forgets earlier failures once the right password is given", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor");
    const { api } = await apiWithHeaders(db, {}, { signInLimiter: new SignInLimiter({ attempts: 2, windowSeconds: 60 }) });
    await failure(api.auth.signIn({ email: editor.email, password: "a wrong guess" }));
    await api.auth.signIn({ email: editor.email, password: TEST_PASSWORD });
    await failure(api.auth.signIn({ email: editor.email, password: "a wrong guess" }));
    expect((await api.auth.signIn({ email: editor.email, password: TEST_PASSWORD })).user.id).toBe(editor.id);
  });

  it("ends the session the browser had before, so an old cookie stops working", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor");
    const { api, session } = await apiSignedInAs(db, editor.id);
    await api.auth.signIn({ email: editor.email, password: TEST_PASSWORD });
    const old = await apiWithHeaders(db, { cookie: `${SESSION_COOKIE_NAME}=${session.token}` });
    expect(await old.api.auth.me()).toEqual({ user: null, signedInWith: null, credentialProblem: "Your session has ended; sign in again.", anonymousRead: false });
  });
});

describe("auth.signOut", () => {
  it("ends the session and clears the cookie", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor");
    const { api, ctx, session } = await apiSignedInAs(db, editor.id);
    expect(await api.auth.signOut()).toEqual({ signedOut: true });
    expect(ctx.responseCookies.map((c) => c.split("; ").sort())).toEqual([["Expires=Thu, 01 Jan 1970 00:00:00 GMT", "HttpOnly", "Max-Age=0", "Path=/", "SameSite=Lax", "topograph_session="]]);
    expect(await db.session.count({ where: { id: session.id } })).toBe(0);
  });
});

describe("auth.me", () => {
  it("is null for anonymous callers", async () => {
    const { api } = await apiWithHeaders(await emptyDatabase());
    expect(await api.auth.me()).toEqual({ user: null, signedInWith: null, credentialProblem: null, anonymousRead: false });
  });
});

describe("auth.changePassword", () => {
  it("keeps this browser signed in and signs out the others", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor");
    const here = await apiSignedInAs(db, editor.id);
    const elsewhere = await apiSignedInAs(db, editor.id);
    expect(await here.api.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase" })).toEqual({ otherSessionsEnded: 1 });
    const again = (token: string) => apiWithHeaders(db, { cookie: `${SESSION_COOKIE_NAME}=${token}` });
    expect((await (await again(here.session.token)).api.auth.me()).user?.id).toBe(editor.id);
    expect((await (await again(elsewhere.session.token)).api.auth.me()).user).toBeNull();
  });

  it("refuses a wrong current password, naming the field, and anonymous callers", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor");
    const { api } = await apiSignedInAs(db, editor.id);
    const wrong = await failure(api.auth.changePassword({ currentPassword: "not my password", newPassword: "a brand new passphrase" }));
    expect(wrong.code).toBe("BAD_REQUEST");
    expect(wrong.message).toBe("currentPassword: The current password is incorrect.");
    const short = await failure(api.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "too short" }));
    expect(invalidFields(short)).toEqual(["newPassword"]);
    const anonymous = (await apiWithHeaders(db)).api;
    expect((await failure(anonymous.auth.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase" }))).code).toBe("UNAUTHORIZED");
  });
});

describe("auth.setup", () => {
  it("creates the first administrator once with the printed token and signs them in", async () => {
    const { prepareFirstAdministrator } = await import("@topograph/db");
    const db = await emptyDatabase();
    const prepared = await prepareFirstAdministrator(db, {}, new Date());
    if (prepared.kind !== "setup-link") throw new Error("expected a setup link");
    const { api, ctx } = await apiWithHeaders(db);
    const input = { token: prepared.token, email: "ops@example.test", name: "Ops", password: "the first admin's passphrase" };
    expect((await api.auth.setup(input)).user).toMatchObject({ email: "ops@example.test", role: "administrator", actions: ["read", "edit", "administer"] });
    expect(ctx.responseCookies[0]).toMatch(/^topograph_session=/);
    const again = await failure(api.auth.setup({ ...input, email: "second@example.test" }));
    expect({ code: again.code, message: again.message }).toEqual({ code: "BAD_REQUEST", message: "token: Setup is already done: an administrator exists. Sign in instead." });
  });
});
