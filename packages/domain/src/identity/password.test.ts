import { describe, expect, it } from "vitest";
import { ZNewPasswordSchema, ZPasswordAttemptSchema } from "./password.ts";

describe("password rules", () => {
  it("asks for at least 12 characters, saying so", () => {
    const result = ZNewPasswordSchema.safeParse("short-pass!");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Password must be at least 12 characters; a few unrelated words make a good one.");
  });

  it("accepts any 12 characters: passphrases, spaces and all", () => {
    expect(ZNewPasswordSchema.parse("correct horse")).toBe("correct horse");
  });

  it("refuses passwords longer than 256 characters", () => {
    expect(ZNewPasswordSchema.safeParse("x".repeat(257)).success).toBe(false);
  });

  it("checks only presence when someone signs in, so old short passwords are told apart by the hash alone", () => {
    expect(ZPasswordAttemptSchema.safeParse("short").success).toBe(true);
    expect(ZPasswordAttemptSchema.safeParse("").error?.issues[0]?.message).toBe("Password is required.");
  });
});
