import { SETUP_TOKEN_LIFETIME_MS } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { emptyDatabase } from "../testing/test-database.ts";
import { testUser } from "../testing/test-users.ts";
import { completeSetup, prepareFirstAdministrator } from "./first-administrator.ts";
import { signIn } from "./sign-in.ts";

const now = new Date("2026-03-01T09:00:00Z");
const PASSWORD = "the first admin's passphrase";

async function setupLinkToken(db: Awaited<ReturnType<typeof emptyDatabase>>) {
  const prepared = await prepareFirstAdministrator(db, {}, now);
  if (prepared.kind !== "setup-link") throw new Error(`Expected a setup link, got ${prepared.kind}`);
  return prepared.token;
}

describe("the first administrator", () => {
  it("comes from TOPOGRAPH_ADMIN_EMAIL and TOPOGRAPH_ADMIN_PASSWORD when both are set", async () => {
    const db = await emptyDatabase();
    expect(await prepareFirstAdministrator(db, { email: " Admin@Example.test ", password: PASSWORD }, now)).toEqual({ kind: "administrator-created", email: "admin@example.test" });
    expect((await signIn(db, { email: "admin@example.test", password: PASSWORD }, now)).user.role).toBe("administrator");
    expect(await db.setupToken.count()).toBe(0);
  });

  it("is never replaced once one exists: later starts change nothing, configured or not", async () => {
    const db = await emptyDatabase();
    await testUser(db, "administrator", { email: "admin@example.test" });
    expect(await prepareFirstAdministrator(db, { email: "admin@example.test", password: "another password!" }, now)).toEqual({ kind: "administrator-exists" });
    await expect(signIn(db, { email: "admin@example.test", password: "another password!" }, now)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("otherwise is created once through a setup link, whose token is stored only as a hash", async () => {
    const db = await emptyDatabase();
    const token = await setupLinkToken(db);
    expect((await db.setupToken.findUniqueOrThrow({ where: { id: "setup" } })).tokenHash).not.toContain(token);
    await completeSetup(db, { token, email: "ops@example.test", name: "Ops", password: PASSWORD }, now);
    expect((await signIn(db, { email: "ops@example.test", password: PASSWORD }, now)).user).toMatchObject({ name: "Ops", role: "administrator" });

    await expect(completeSetup(db, { token, email: "intruder@example.test", name: "Intruder", password: PASSWORD }, now)).rejects.toMatchObject({
      code: "INVALID",
      issues: [{ path: "token", message: "Setup is already done: an administrator exists. Sign in instead." }],
    });
    expect(await db.user.count({ where: { email: "intruder@example.test" } })).toBe(0);
  });

  it("accepts only the newest link, and not after it expires", async () => {
    const db = await emptyDatabase();
    const first = await setupLinkToken(db);
    const second = await setupLinkToken(db);
    await expect(completeSetup(db, { token: first, email: "ops@example.test", name: "Ops", password: PASSWORD }, now)).rejects.toMatchObject({
      issues: [{ path: "token", message: "This setup link is not valid. Use the newest link the server printed when it started." }],
    });
    await expect(completeSetup(db, { token: second, email: "ops@example.test", name: "Ops", password: PASSWORD }, new Date(now.getTime() + SETUP_TOKEN_LIFETIME_MS))).rejects.toMatchObject({
      issues: [{ path: "token", message: "This setup link has expired. Restart the server to print a new one." }],
    });
    expect(await db.user.count()).toBe(0);
  });

  it("may be an existing user (a demo member) promoted, when no administrator exists yet", async () => {
    const db = await emptyDatabase();
    const member = await testUser(db, "editor", { email: "emi.abe@example.com" });
    expect(await prepareFirstAdministrator(db, { email: "emi.abe@example.com", password: PASSWORD }, now)).toEqual({ kind: "administrator-created", email: "emi.abe@example.com" });
    expect((await signIn(db, { email: "emi.abe@example.com", password: PASSWORD }, now)).user).toMatchObject({ id: member.id, role: "administrator" });
  });
});
