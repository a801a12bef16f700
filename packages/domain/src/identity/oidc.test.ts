import { describe, expect, it } from "vitest";
import { OIDC_SIGN_IN_ERRORS, oidcIdentityOf, oidcSignInErrorMessage, oidcStartLink } from "./oidc.ts";

describe("OpenID Connect identity", () => {
  it("reads the email lower-cased and the name", () => {
    expect(oidcIdentityOf({ email: " Ada.Lovelace@Example.COM ", email_verified: true, name: "Ada Lovelace" })).toEqual({ ok: true, email: "ada.lovelace@example.com", name: "Ada Lovelace" });
  });

  it("trusts a provider that says nothing about verification", () => {
    expect(oidcIdentityOf({ email: "ada@example.com", name: "Ada" })).toMatchObject({ ok: true, email: "ada@example.com" });
  });

  it("refuses an unverified email, also when the flag comes as a string, and a missing or malformed one", () => {
    for (const claims of [{ email: "ada@example.com", email_verified: false }, { email: "ada@example.com", email_verified: "false" }, { name: "Ada" }, { email: "not an address" }, { email: 42 }]) {
      expect(oidcIdentityOf(claims)).toEqual({ ok: false, error: "oidc-no-email" });
    }
  });

  it("names the user by given and family name, then username, then the email's local part, at most 120 characters", () => {
    expect(oidcIdentityOf({ email: "ada@example.com", given_name: "Ada", family_name: "Lovelace" })).toMatchObject({ name: "Ada Lovelace" });
    expect(oidcIdentityOf({ email: "ada@example.com", name: "  ", preferred_username: "alovelace" })).toMatchObject({ name: "alovelace" });
    expect(oidcIdentityOf({ email: "ada@example.com" })).toMatchObject({ name: "ada" });
    expect(oidcIdentityOf({ email: "ada@example.com", name: "x".repeat(200) })).toMatchObject({ name: "x".repeat(120) });
  });
});

describe("OpenID Connect sign-in links and errors", () => {
  it("starts at the server's route, coming back to the page given", () => {
    expect(oidcStartLink()).toBe("/auth/oidc/start");
    expect(oidcStartLink("/")).toBe("/auth/oidc/start");
    expect(oidcStartLink("/teams?q=a")).toBe("/auth/oidc/start?next=%2Fteams%3Fq%3Da");
  });

  it("says a sentence of its own for each error code, a general one for unknown codes, and nothing without a code", () => {
    expect(oidcSignInErrorMessage("account-disabled")).toBe(OIDC_SIGN_IN_ERRORS["account-disabled"]);
    expect(oidcSignInErrorMessage("Call +1 555 0100 to restore your account")).toBe("Signing in did not work. Try again.");
    expect(oidcSignInErrorMessage("toString")).toBe("Signing in did not work. Try again.");
    expect(oidcSignInErrorMessage(null)).toBeNull();
  });
});
