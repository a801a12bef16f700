import { describe, expect, it } from "vitest";
import { emptyDatabase } from "../testing/test-database.ts";
import { testUser } from "../testing/test-users.ts";
import { createSession, deleteExpiredSessions, resolveSession, revokeOtherSessions, revokeSession } from "./sessions.ts";

const now = new Date("2026-03-01T09:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const DAY = 24 * 60 * 60 * 1000;

describe("sessions", () => {
  it("resolve from the cookie's token to the user", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor");
    const session = await createSession(db, editor.id, now);
    expect(await resolveSession(db, session.token, later(1000))).toEqual({
      ok: true,
      user: { id: editor.id, email: editor.email, name: editor.name, role: "editor" },
      credential: { kind: "session", sessionId: session.id },
    });
  });

  it("record when they were last seen, at most once a minute", async () => {
    const db = await emptyDatabase();
    const session = await createSession(db, (await testUser(db, "viewer")).id, now);
    const lastSeen = async () => (await db.session.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt.toISOString();
    await resolveSession(db, session.token, later(30_000));
    expect(await lastSeen()).toBe(now.toISOString());
    await resolveSession(db, session.token, later(90_000));
    expect(await lastSeen()).toBe(later(90_000).toISOString());
  });

  it("expire after fourteen days: refused with a reason and deleted", async () => {
    const db = await emptyDatabase();
    const session = await createSession(db, (await testUser(db, "viewer")).id, now);
    expect((await resolveSession(db, session.token, later(14 * DAY - 1))).ok).toBe(true);
    expect(await resolveSession(db, session.token, later(14 * DAY))).toEqual({ ok: false, reason: "Your session has expired; sign in again." });
    expect(await db.session.count()).toBe(0);
  });

  it("end when revoked (sign-out), whoever still holds the cookie", async () => {
    const db = await emptyDatabase();
    const session = await createSession(db, (await testUser(db, "viewer")).id, now);
    await revokeSession(db, session.id);
    expect(await resolveSession(db, session.token, now)).toEqual({ ok: false, reason: "Your session has ended; sign in again." });
  });

  it("are refused for a disabled user", async () => {
    const db = await emptyDatabase();
    const viewer = await testUser(db, "viewer");
    const session = await createSession(db, viewer.id, now);
    await db.user.update({ where: { id: viewer.id }, data: { disabledAt: now } });
    expect(await resolveSession(db, session.token, now)).toEqual({ ok: false, reason: "This account has been disabled; ask an administrator." });
  });

  it("of one user can all end but the one kept, leaving other users' alone", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor");
    const [kept, other] = [await createSession(db, editor.id, now), await createSession(db, editor.id, now)];
    const someoneElse = await createSession(db, (await testUser(db, "viewer")).id, now);
    expect(await revokeOtherSessions(db, editor.id, kept.id)).toBe(1);
    expect((await resolveSession(db, kept.token, now)).ok).toBe(true);
    expect((await resolveSession(db, other.token, now)).ok).toBe(false);
    expect((await resolveSession(db, someoneElse.token, now)).ok).toBe(true);
  });

  it("expired ones are swept by housekeeping", async () => {
    const db = await emptyDatabase();
    const userId = (await testUser(db, "viewer")).id;
    await createSession(db, userId, now);
    await createSession(db, userId, later(DAY));
    expect(await deleteExpiredSessions(db, later(14 * DAY))).toBe(1);
    expect(await db.session.count()).toBe(1);
  });
});
