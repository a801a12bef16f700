import { AppError, SIGN_IN_FAILED_MESSAGE } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { emptyDatabase } from "../testing/test-database.ts";
import { TEST_PASSWORD, testUser } from "../testing/test-users.ts";
import { tokenHash } from "./secrets.ts";
import { signIn } from "./sign-in.ts";

const now = new Date("2026-03-01T09:00:00Z");

async function failureOf(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`Expected an AppError, got ${String(error)}`);
  return error;
}

describe("signing in with email and password", () => {
  it("opens a session for the right password, storing only the token's hash", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor");
    const { user, session } = await signIn(db, { email: editor.email, password: TEST_PASSWORD }, now);
    expect(user).toEqual({ id: editor.id, email: editor.email, name: editor.name, role: "editor" });
    const stored = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(stored.tokenHash).toBe(tokenHash(session.token));
    expect(stored.tokenHash).not.toContain(session.token);
    expect(stored.expiresAt.toISOString()).toBe("2026-03-15T09:00:00.000Z");
  });

  it("fails alike for an unknown email and a wrong password, so nobody learns which addresses have accounts", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor");
    const wrongPassword = await failureOf(signIn(db, { email: editor.email, password: "not the password" }, now));
    const unknownEmail = await failureOf(signIn(db, { email: "nobody@example.test", password: TEST_PASSWORD }, now));
    for (const error of [wrongPassword, unknownEmail]) {
      expect(error.code).toBe("UNAUTHENTICATED");
      expect(error.message).toBe(SIGN_IN_FAILED_MESSAGE);
      expect(error.issues).toEqual([]);
    }
    expect(await db.session.count()).toBe(0);
  });

  it("fails alike for an account without a password (one that will sign in through OpenID Connect)", async () => {
    const db = await emptyDatabase();
    await db.user.create({ data: { email: "oidc@example.test", name: "OIDC", role: "viewer" } });
    expect((await failureOf(signIn(db, { email: "oidc@example.test", password: TEST_PASSWORD }, now))).message).toBe(SIGN_IN_FAILED_MESSAGE);
  });

  it("tells a disabled user who knows the password that the account is disabled, and opens no session", async () => {
    const db = await emptyDatabase();
    const viewer = await testUser(db, "viewer");
    await db.user.update({ where: { id: viewer.id }, data: { disabledAt: now } });
    const error = await failureOf(signIn(db, { email: viewer.email, password: TEST_PASSWORD }, now));
    expect(error).toMatchObject({ code: "FORBIDDEN", message: "This account has been disabled; ask an administrator." });
    expect(await db.session.count()).toBe(0);
  });
});
