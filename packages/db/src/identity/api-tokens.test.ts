import { AppError } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { emptyDatabase } from "../testing/test-database.ts";
import { testUser } from "../testing/test-users.ts";
import { createApiToken, listApiTokens, resolveApiToken, revokeApiToken } from "./api-tokens.ts";
import { tokenHash } from "./secrets.ts";

const now = new Date("2026-03-01T09:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const DAY = 24 * 60 * 60 * 1000;

async function withToken(expiresInDays = 30) {
  const db = await emptyDatabase();
  const editor = await testUser(db, "editor");
  const created = await createApiToken(db, editor.id, { name: "CI gate", expiresInDays }, now);
  return { db, editor, created };
}

describe("API tokens", () => {
  it("are shown once, on creation, and stored only as a hash", async () => {
    const { db, editor, created } = await withToken();
    expect(created.token).toMatch(/^tpg_[0-9a-f]{8}_[0-9a-f]{64}$/);
    expect(created).toMatchObject({ name: "CI gate", status: "active", hint: `tpg_${created.prefix}_…`, expiresAt: later(30 * DAY), revokedAt: null, lastUsedAt: null });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(tokenHash(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token.slice(13));
    const listed = await listApiTokens(db, editor.id, now);
    expect(listed).toEqual([{ id: created.id, name: "CI gate", prefix: created.prefix, hint: created.hint, status: "active", expiresAt: created.expiresAt, revokedAt: null, lastUsedAt: null, createdAt: created.createdAt }]);
    expect(JSON.stringify(listed)).not.toContain(created.token);
  });

  it("resolve to their owner and record when they were last used", async () => {
    const { db, editor, created } = await withToken();
    expect(await resolveApiToken(db, created.token, later(1000))).toEqual({
      ok: true,
      user: { id: editor.id, email: editor.email, name: editor.name, role: "editor" },
      credential: { kind: "api-token", tokenId: created.id },
    });
    expect((await listApiTokens(db, editor.id, now))[0]?.lastUsedAt).toEqual(later(1000));
  });

  it("are refused once expired, saying when they expired", async () => {
    const { db, editor, created } = await withToken(30);
    expect(await resolveApiToken(db, created.token, later(30 * DAY))).toEqual({ ok: false, reason: 'The API token "CI gate" expired on 2026-03-31.' });
    expect((await listApiTokens(db, editor.id, later(30 * DAY)))[0]?.status).toBe("expired");
  });

  it("are refused once revoked; revoking twice changes nothing", async () => {
    const { db, editor, created } = await withToken();
    const revoked = await revokeApiToken(db, editor.id, created.id, later(1000));
    expect(revoked).toMatchObject({ status: "revoked", revokedAt: later(1000) });
    expect(await revokeApiToken(db, editor.id, created.id, later(5000))).toMatchObject({ revokedAt: later(1000) });
    expect(await resolveApiToken(db, created.token, later(2000))).toEqual({ ok: false, reason: 'The API token "CI gate" was revoked.' });
  });

  it("can be revoked only by their owner: another user's token reads as unknown", async () => {
    const { db, created } = await withToken();
    const other = await testUser(db, "administrator");
    const error = await revokeApiToken(db, other.id, created.id, now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "NOT_FOUND" });
    expect((await resolveApiToken(db, created.token, now)).ok).toBe(true);
  });

  it("are refused when unknown, malformed, or their owner is disabled", async () => {
    const { db, editor, created } = await withToken();
    const forged = `${created.token.slice(0, -1)}${created.token.endsWith("0") ? "1" : "0"}`;
    expect(await resolveApiToken(db, forged, now)).toEqual({ ok: false, reason: "The API token is not valid. Create a new one under your account's API tokens." });
    expect(await resolveApiToken(db, "tpg_secret", now)).toEqual({ ok: false, reason: "The bearer token is not a Topograph API token (they read tpg_…)." });
    await db.user.update({ where: { id: editor.id }, data: { disabledAt: now } });
    expect(await resolveApiToken(db, created.token, now)).toEqual({ ok: false, reason: "This account has been disabled; ask an administrator." });
  });
});
