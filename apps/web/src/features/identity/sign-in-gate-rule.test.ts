import { describe, expect, it } from "vitest";
import { mustSignInFor } from "./sign-in-gate-rule.ts";

describe("the sign-in gate", () => {
  const anonymous = { user: null, anonymousRead: false };

  it("sends anonymous visitors to sign in for any catalog page", () => {
    expect(mustSignInFor("/", anonymous)).toBe(true);
    expect(mustSignInFor("/components/a-service", anonymous)).toBe(true);
    expect(mustSignInFor("/sign-inx", anonymous)).toBe(true);
  });

  it("leaves the sign-in and setup pages open", () => {
    expect(mustSignInFor("/sign-in", anonymous)).toBe(false);
    expect(mustSignInFor("/setup", anonymous)).toBe(false);
  });

  it("lets signed-in users through, and everyone when the server allows anonymous reading", () => {
    expect(mustSignInFor("/components", { user: { id: "u" }, anonymousRead: false })).toBe(false);
    expect(mustSignInFor("/components", { user: null, anonymousRead: true })).toBe(false);
  });
});
