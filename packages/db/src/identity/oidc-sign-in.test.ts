import { AppError } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { emptyDatabase } from "../testing/test-database.ts";
import { testUser } from "../testing/test-users.ts";
import { signInWithOidc } from "./oidc-sign-in.ts";
import { resolveSession } from "./sessions.ts";
import { disableUser } from "./users.ts";

const now = new Date("2026-03-01T09:00:00Z");
const ada = { email: "ada@example.com", name: "Ada Lovelace", defaultRole: "viewer" } as const;

describe("signing in through an OpenID Connect provider", () => {
  it("creates a user seen for the first time with the default role and no password, and opens a working session", async () => {
    const db = await emptyDatabase();
    const { user, session, created } = await signInWithOidc(db, ada, now);
    expect(created).toBe(true);
    expect(user).toMatchObject({ email: "ada@example.com", name: "Ada Lovelace", role: "viewer" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })).toEqual({ passwordHash: null });
    expect(await resolveSession(db, session.token, now)).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it("signs an existing user in again, keeping their name, role and password", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor", { email: "ada@example.com", name: "Ada L." });
    const { user, created } = await signInWithOidc(db, { ...ada, defaultRole: "viewer" }, now);
    expect(created).toBe(false);
    expect(user).toEqual({ id: editor.id, email: "ada@example.com", name: "Ada L.", role: "editor" });
    expect((await db.user.findUniqueOrThrow({ where: { id: editor.id } })).passwordHash).toMatch(/^\$argon2/);
    expect(await db.user.count()).toBe(1);
  });

  it("refuses a disabled account and opens no session", async () => {
    const db = await emptyDatabase();
    const admin = await testUser(db, "administrator");
    const viewer = await testUser(db, "viewer", { email: "ada@example.com" });
    await disableUser(db, { id: viewer.id, version: viewer.version, actorId: admin.id }, now);
    const error = await signInWithOidc(db, ada, now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "FORBIDDEN", message: "This account has been disabled; ask an administrator." });
    expect(await db.session.count()).toBe(0);
  });
});
