import { describe, expect, it } from "vitest";
import { ZSignInSchema, ZChangePasswordSchema } from "./sign-in.ts";
import { ZUserCreateSchema } from "./user.ts";

describe("user inputs", () => {
  it("stores emails trimmed and lower-case, so one person has one account", () => {
    expect(ZUserCreateSchema.parse({ email: "  Aiko.Sato@Example.COM ", name: "Aiko", role: "editor", password: "twelve chars!" }).email).toBe("aiko.sato@example.com");
    expect(ZSignInSchema.parse({ email: "AIKO.SATO@example.com", password: "x" }).email).toBe("aiko.sato@example.com");
  });

  it("names each bad field", () => {
    const result = ZUserCreateSchema.safeParse({ email: "not-an-email", name: "", role: "root", password: "short" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["email", "Email must be a valid address."],
      ["name", "Name is required."],
      ["role", "Role must be one of: viewer, editor, administrator."],
      ["password", "Password must be at least 12 characters; a few unrelated words make a good one."],
    ]);
  });

  it("refuses a new password equal to the current one", () => {
    const result = ZChangePasswordSchema.safeParse({ currentPassword: "same old password", newPassword: "same old password" });
    expect(result.error?.issues).toMatchObject([{ path: ["newPassword"], message: "The new password must differ from the current one." }]);
  });
});
