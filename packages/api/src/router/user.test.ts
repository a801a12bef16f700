import { emptyDatabase, testUser } from "@topograph/db/testing";
import { describe, expect, it } from "vitest";
import { apiSignedInAs, apiWithHeaders, failure, type TCaller } from "../testing/caller.ts";

/** Every user procedure with a valid input, to try each as each kind of caller. */
const adminOnly: [string, (api: TCaller, target: { id: string; version: number }) => Promise<unknown>][] = [
  ["user.list", (api) => api.user.list()],
  ["user.create", (api) => api.user.create({ email: "new@example.test", name: "New", role: "viewer", password: "a long first password" })],
  ["user.setRole", (api, target) => api.user.setRole({ ...target, role: "editor" })],
  ["user.disable", (api, target) => api.user.disable(target)],
];

describe("user procedures", () => {
  it.each(adminOnly)("%s is refused for editors (FORBIDDEN) and anonymous callers (UNAUTHORIZED)", async (_name, call) => {
    const db = await emptyDatabase();
    const viewer = await testUser(db, "viewer");
    const editor = (await apiSignedInAs(db, (await testUser(db, "editor")).id)).api;
    const forbidden = await failure(call(editor, viewer));
    expect({ code: forbidden.code, message: forbidden.message }).toEqual({ code: "FORBIDDEN", message: "Only administrators may do this; you are signed in as editor." });
    expect((await failure(call((await apiWithHeaders(db)).api, viewer))).code).toBe("UNAUTHORIZED");
    expect(await db.user.findUniqueOrThrow({ where: { id: viewer.id } })).toMatchObject({ role: "viewer", disabledAt: null });
  });

  it("let an administrator add a user, change their role and disable them", async () => {
    const db = await emptyDatabase();
    const { api } = await apiSignedInAs(db, (await testUser(db, "administrator")).id);
    const created = await api.user.create({ email: "Ann@Example.test", name: "Ann", role: "viewer", password: "a long first password" });
    expect(created).toMatchObject({ email: "ann@example.test", role: "viewer", hasPassword: true, disabledAt: null, teams: [] });
    expect(created).not.toHaveProperty("passwordHash");
    const editor = await api.user.setRole({ id: created.id, version: created.version, role: "editor" });
    const disabled = await api.user.disable({ id: editor.id, version: editor.version });
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect((await api.user.list()).items.map((user) => [user.email, user.role, user.disabledAt !== null])).toEqual([
      ["ann@example.test", "editor", true],
      ["administrator@example.test", "administrator", false],
    ]);
    // Each change is in the audit log, as the administrator, with role and status but no secret.
    const { items } = await api.audit.forEntity({ entity: { kind: "user", slug: "ann@example.test" } });
    expect(items.map((entry) => [entry.action, entry.before, entry.after])).toEqual([
      ["update", { disabled: false }, { disabled: true }],
      ["update", { role: "viewer" }, { role: "editor" }],
      ["create", null, { email: "ann@example.test", name: "Ann", role: "viewer", disabled: false }],
    ]);
    expect(items.every((entry) => entry.actorLabel.includes("administrator@example.test"))).toBe(true);
    expect(JSON.stringify(items)).not.toMatch(/argon2|password/i);
  });

  it("keep an administrator from disabling themselves", async () => {
    const db = await emptyDatabase();
    const admin = await testUser(db, "administrator");
    const { api } = await apiSignedInAs(db, admin.id);
    expect((await failure(api.user.disable({ id: admin.id, version: admin.version }))).message).toBe("You cannot disable your own account; ask another administrator.");
  });
});
