import { describe, expect, it } from "vitest";
import { emptyDatabase } from "../testing/test-database.ts";
import { TEST_PASSWORD, testUser } from "../testing/test-users.ts";
import { changePassword } from "./change-password.ts";
import { createApiToken, resolveApiToken } from "./api-tokens.ts";
import { resolveSession } from "./sessions.ts";
import { signIn } from "./sign-in.ts";

const now = new Date("2026-03-01T09:00:00Z");
const NEW_PASSWORD = "a brand new passphrase";

describe("changing a password", () => {
  it("needs the current password", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor");
    const error = await changePassword(db, { userId: editor.id, keepSessionId: null, currentPassword: "a wrong guess here", newPassword: NEW_PASSWORD }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID", issues: [{ path: "currentPassword", message: "The current password is incorrect." }] });
    expect((await signIn(db, { email: editor.email, password: TEST_PASSWORD }, now)).user.id).toBe(editor.id);
  });

  it("signs out every other browser but keeps this one, and API tokens keep working", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor");
    const here = (await signIn(db, { email: editor.email, password: TEST_PASSWORD }, now)).session;
    const elsewhere = (await signIn(db, { email: editor.email, password: TEST_PASSWORD }, now)).session;
    const token = await createApiToken(db, editor.id, { name: "CI", expiresInDays: 30 }, now);

    expect(await changePassword(db, { userId: editor.id, keepSessionId: here.id, currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).toEqual({ otherSessionsEnded: 1 });

    expect((await resolveSession(db, here.token, now)).ok).toBe(true);
    expect((await resolveSession(db, elsewhere.token, now)).ok).toBe(false);
    expect((await resolveApiToken(db, token.token, now)).ok).toBe(true);
    await expect(signIn(db, { email: editor.email, password: TEST_PASSWORD }, now)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await signIn(db, { email: editor.email, password: NEW_PASSWORD }, now)).user.id).toBe(editor.id);
  });

  it("through an API token signs out every browser", async () => {
    const db = await emptyDatabase();
    const editor = await testUser(db, "editor");
    const browser = (await signIn(db, { email: editor.email, password: TEST_PASSWORD }, now)).session;
    await changePassword(db, { userId: editor.id, keepSessionId: null, currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect((await resolveSession(db, browser.token, now)).ok).toBe(false);
  });
});
