import { describe, expect, it } from "vitest";
import { hashPassword, verifyAgainstDecoy, verifyPassword } from "./password-hash.ts";

describe("password hashing", () => {
  it("stores argon2id with its salt and parameters, never the password", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored).not.toContain("correct horse");
  });

  it("salts every hash, so equal passwords do not look equal", async () => {
    expect(await hashPassword("same password here")).not.toBe(await hashPassword("same password here"));
  });

  it("verifies the right password and refuses any other", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(await verifyPassword(stored, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(stored, "correct horse battery stapl")).toBe(false);
    expect(await verifyPassword(stored, "Correct horse battery staple")).toBe(false);
  });

  it("treats a damaged stored hash as a failed verification, not a crash", async () => {
    expect(await verifyPassword("not a hash", "anything at all")).toBe(false);
  });

  it("verifies unknown accounts against a decoy, which always fails", async () => {
    expect(await verifyAgainstDecoy("a decoy password that no account has")).toBe(false);
  });
});
