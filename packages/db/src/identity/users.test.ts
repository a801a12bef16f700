import { describe, expect, it } from "vitest";
import { createTeam } from "../catalog/team.ts";
import { emptyDatabase } from "../testing/test-database.ts";
import { testUser } from "../testing/test-users.ts";
import { createSession, resolveSession } from "./sessions.ts";
import { createUser, disableUser, getUser, listUsers, setUserRole } from "./users.ts";

const now = new Date("2026-03-01T09:00:00Z");
const listAll = { limit: 50, includeDisabled: true } as const;

describe("users", () => {
  it("belong to the teams that list their email as a member, whatever its case", async () => {
    const db = await emptyDatabase();
    await createTeam(db, { name: "Team B", type: "stream-aligned", description: "", contactChannel: "", members: [{ name: "Emi Abe", email: "Emi.Abe@Example.com", role: "Engineer" }] });
    await createTeam(db, { name: "SRE", type: "platform", description: "", contactChannel: "", members: [{ name: "Emi Abe", email: "emi.abe@example.com", role: "On call" }] });
    const emi = await testUser(db, "editor", { email: "emi.abe@example.com", name: "Emi Abe" });
    expect(emi.teams).toEqual([{ slug: "sre", name: "SRE" }, { slug: "team-b", name: "Team B" }]);
    expect((await testUser(db, "viewer")).teams).toEqual([]);
  });

  it("are listed without password hashes, saying whether one is set", async () => {
    const db = await emptyDatabase();
    await testUser(db, "administrator", { name: "Ada" });
    await db.user.create({ data: { email: "oidc@example.test", name: "Oidc", role: "viewer" } });
    const page = await listUsers(db, listAll);
    expect(page.items.map((user) => [user.name, user.hasPassword])).toEqual([["Ada", true], ["Oidc", false]]);
    expect(JSON.stringify(page)).not.toContain("argon2");
    expect((await listUsers(db, { ...listAll, q: "OIDC@" })).items.map((user) => user.email)).toEqual(["oidc@example.test"]);
  });

  it("have unique emails, and the error names the field", async () => {
    const db = await emptyDatabase();
    await testUser(db, "viewer", { email: "ann@example.test" });
    await expect(createUser(db, { email: "ann@example.test", name: "Ann again", role: "editor", password: "long enough password" })).rejects.toMatchObject({
      code: "DUPLICATE",
      issues: [{ path: "email", message: "Another user has this email." }],
    });
  });

  it("change role with the version the administrator saw; a stale one is refused", async () => {
    const db = await emptyDatabase();
    await testUser(db, "administrator");
    const viewer = await testUser(db, "viewer");
    const promoted = await setUserRole(db, { id: viewer.id, version: viewer.version, role: "editor" });
    expect(promoted).toMatchObject({ role: "editor", version: viewer.version + 1 });
    await expect(setUserRole(db, { id: viewer.id, version: viewer.version, role: "administrator" })).rejects.toMatchObject({ code: "STALE_VERSION" });
  });

  it("keep at least one administrator: the last can be neither demoted nor disabled", async () => {
    const db = await emptyDatabase();
    const admin = await testUser(db, "administrator");
    const other = await testUser(db, "administrator", { email: "second@example.test" });
    await expect(setUserRole(db, { id: admin.id, version: admin.version, role: "editor" })).resolves.toMatchObject({ role: "editor" });
    await expect(setUserRole(db, { id: other.id, version: other.version, role: "viewer" })).rejects.toMatchObject({
      code: "INVALID",
      message: "Cannot change this user's role: they are the last administrator. Make someone else an administrator first.",
    });
    const demoted = await getUser(db, admin.id);
    await expect(disableUser(db, { id: other.id, version: other.version, actorId: demoted.id }, now)).rejects.toMatchObject({ message: expect.stringContaining("last administrator") });
  });

  it("disabled, lose their sessions at once; nobody disables themselves", async () => {
    const db = await emptyDatabase();
    const admin = await testUser(db, "administrator");
    const editor = await testUser(db, "editor");
    const session = await createSession(db, editor.id, now);
    await expect(disableUser(db, { id: admin.id, version: admin.version, actorId: admin.id }, now)).rejects.toMatchObject({ code: "INVALID" });
    expect(await disableUser(db, { id: editor.id, version: editor.version, actorId: admin.id }, now)).toMatchObject({ disabledAt: now });
    expect((await resolveSession(db, session.token, now)).ok).toBe(false);
    expect((await listUsers(db, { ...listAll, includeDisabled: false })).items.map((user) => user.role)).toEqual(["administrator"]);
  });
});
