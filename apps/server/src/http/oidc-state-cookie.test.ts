import { describe, expect, it } from "vitest";
import { clearedPendingSignInCookie, pendingSignInCookie, pendingSignInKey, readPendingSignIn } from "./oidc-state-cookie.ts";

const pending = { state: "state-1", nonce: "nonce-1", codeVerifier: "verifier-1", next: "/teams?q=a" };
const key = pendingSignInKey("the client secret");
const now = new Date("2026-03-01T09:00:00Z");
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
/** The Cookie header a browser sends back for a Set-Cookie value. */
const sentBack = (setCookie: string) => setCookie.split(";")[0]!;

describe("the pending sign-in cookie", () => {
  it("is HttpOnly, SameSite=Lax, limited to the OIDC routes and ten minutes, and Secure over TLS", async () => {
    const [pair, ...attributes] = (await pendingSignInCookie(pending, key, true, now)).split("; ");
    expect(pair).toMatch(/^topograph_oidc=[\w-]+\.\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(attributes.sort()).toEqual(["HttpOnly", "Max-Age=600", "Path=/auth/oidc", "SameSite=Lax", "Secure"]);
    expect(await pendingSignInCookie(pending, key, false, now)).not.toContain("Secure");
  });

  it("hides what it carries and reads back within ten minutes, beside other cookies", async () => {
    const cookie = sentBack(await pendingSignInCookie(pending, key, false, now));
    expect(cookie).not.toContain("verifier-1");
    expect(Buffer.from(cookie.split(".")[0]!.split("=")[1]!, "base64url").toString()).toBe('{"alg":"dir","enc":"A256GCM"}');
    expect(await readPendingSignIn(`theme=dark; ${cookie}`, key, later(599))).toEqual(pending);
  });

  it("is refused when expired, altered, sealed with another secret or missing", async () => {
    const cookie = sentBack(await pendingSignInCookie(pending, key, false, now));
    expect(await readPendingSignIn(cookie, key, later(601))).toBeNull();
    // The first character of a base64url segment carries six whole bits, so changing it changes the ciphertext.
    const parts = cookie.split(".");
    parts[3] = `${parts[3]![0] === "A" ? "B" : "A"}${parts[3]!.slice(1)}`;
    const altered = parts.join(".");
    expect(altered).not.toBe(cookie);
    expect(await readPendingSignIn(altered, key, now)).toBeNull();
    expect(await readPendingSignIn(cookie, pendingSignInKey("another secret"), now)).toBeNull();
    expect(await readPendingSignIn(undefined, key, now)).toBeNull();
  });

  it("is cleared on the same path", () => {
    expect(clearedPendingSignInCookie(false).split("; ").sort()).toEqual(["Expires=Thu, 01 Jan 1970 00:00:00 GMT", "HttpOnly", "Max-Age=0", "Path=/auth/oidc", "SameSite=Lax", "topograph_oidc="]);
  });
});
