import { emptyDatabase, testUser } from "@topograph/db/testing";
import { describe, expect, it } from "vitest";
import { apiSignedInAs, apiWithHeaders, failure, invalidFields } from "../testing/caller.ts";

describe("token procedures", () => {
  it("create a token shown once, then list it by prefix only", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor");
    const { api } = await apiSignedInAs(db, editor.id);
    const created = await api.token.create({ name: "CI gate", expiresInDays: 30 });
    expect(created.token).toMatch(/^tpg_[0-9a-f]{8}_[0-9a-f]{64}$/);
    const listed = await api.token.list();
    expect(listed).toEqual([expect.objectContaining({ id: created.id, name: "CI gate", hint: created.hint, status: "active" })]);
    expect(JSON.stringify(listed)).not.toContain(created.token);
  });

  it("let a bearer token act for its owner until it is revoked", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor");
    const { api } = await apiSignedInAs(db, editor.id);
    const { token, id } = await api.token.create({ name: "CI gate" });
    const bearer = async () => (await apiWithHeaders(db, { authorization: `Bearer ${token}` })).api;
    expect(await (await bearer()).auth.me()).toMatchObject({ user: { id: editor.id }, signedInWith: "api-token" });
    expect((await (await bearer()).token.list())[0]?.lastUsedAt).not.toBeNull();

    await api.token.revoke({ id });
    expect(await (await bearer()).auth.me()).toEqual({ user: null, signedInWith: null, credentialProblem: 'The API token "CI gate" was revoked.', anonymousRead: false });
    const refused = await failure((await bearer()).token.list());
    expect({ code: refused.code, message: refused.message }).toEqual({ code: "UNAUTHORIZED", message: 'The API token "CI gate" was revoked.' });
  });

  it("refuse an expired bearer token, saying when it expired", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor");
    const created = new Date("2026-01-01T00:00:00Z");
    const { api } = await apiSignedInAs(db, editor.id, { now: () => created });
    const { token } = await api.token.create({ name: "short-lived", expiresInDays: 1 });
    const { api: later } = await apiWithHeaders(db, { authorization: `Bearer ${token}` }, { now: () => new Date("2026-01-02T00:00:00Z") });
    expect((await failure(later.token.list())).message).toBe('The API token "short-lived" expired on 2026-01-02.');
  });

  it("are made from a signed-in browser, not with another token", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor");
    const { token } = await (await apiSignedInAs(db, editor.id)).api.token.create({ name: "CI" });
    const { api } = await apiWithHeaders(db, { authorization: `Bearer ${token}` });
    const refused = await failure(api.token.create({ name: "successor" }));
    expect(refused.code).toBe("FORBIDDEN");
  });

  it("cannot revoke someone else's token, and refuse anonymous callers", async () => {
    const db = await emptyDatabase();
    const { id } = await (await apiSignedInAs(db, (await testUser(db, "editor")).id)).api.token.create({ name: "mine" });
    const other = (await apiSignedInAs(db, (await testUser(db, "administrator")).id)).api;
    expect((await failure(other.token.revoke({ id }))).code).toBe("NOT_FOUND");
    const anonymous = (await apiWithHeaders(db)).api;
    const refused = await failure(anonymous.token.list());
    expect({ code: refused.code, message: refused.message }).toEqual({ code: "UNAUTHORIZED", message: "Sign in first: this needs a signed-in user or an API token." });
  });

  it("reject a token lasting more than a year, naming the field", async () => {
    const db = await emptyDatabase();
    const { api } = await apiSignedInAs(db, (await testUser(db, "editor")).id);
    expect(invalidFields(await failure(api.token.create({ name: "forever", expiresInDays: 3650 })))).toEqual(["expiresInDays"]);
  });
});
