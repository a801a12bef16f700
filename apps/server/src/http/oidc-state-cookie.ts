import { hkdfSync } from "node:crypto";
import { parseCookie, stringifySetCookie } from "cookie";
import { EncryptJWT, jwtDecrypt } from "jose";
import { z } from "zod";

/** What the browser carries from the start of a sign-in to the provider's callback. */
export interface TPendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Where to go afterwards: a path on this site, already checked. */
  next: string;
}

const ZPendingSignInSchema = z.object({ state: z.string().min(1), nonce: z.string().min(1), codeVerifier: z.string().min(1), next: z.string().startsWith("/") });

const COOKIE_NAME = "topograph_oidc";
/** Only the callback reads it. */
const COOKIE_PATH = "/auth/oidc";
/** Long enough to type a password and answer a second factor at the provider. */
export const PENDING_SIGN_IN_SECONDS = 10 * 60;

/**
 * The pending sign-in travels in the browser, encrypted and authenticated (JWE, A256GCM), not in
 * this process's memory: any replica can finish a sign-in another one started, and a restart loses
 * none. The key is derived from the client secret, which every replica already shares.
 */
export function pendingSignInKey(clientSecret: string): Uint8Array {
  return new Uint8Array(hkdfSync("sha256", clientSecret, "topograph", "oidc pending sign-in cookie", 32));
}

/** Set-Cookie for a new pending sign-in: HttpOnly, SameSite=Lax (sent on the provider's redirect back), ten minutes. */
export async function pendingSignInCookie(pending: TPendingSignIn, key: Uint8Array, secure: boolean, now: Date): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const sealed = await new EncryptJWT({ ...pending })
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + PENDING_SIGN_IN_SECONDS)
    .encrypt(key);
  return stringifySetCookie(COOKIE_NAME, sealed, { path: COOKIE_PATH, maxAge: PENDING_SIGN_IN_SECONDS, httpOnly: true, sameSite: "lax", secure });
}

/** Set-Cookie that ends the pending sign-in: it works once, whatever the outcome. */
export function clearedPendingSignInCookie(secure: boolean): string {
  return stringifySetCookie(COOKIE_NAME, "", { path: COOKIE_PATH, expires: new Date(0), maxAge: 0, httpOnly: true, sameSite: "lax", secure });
}

/** The pending sign-in in a request's cookies; null when missing, expired, altered or sealed with another key. */
export async function readPendingSignIn(cookieHeader: string | undefined, key: Uint8Array, now: Date): Promise<TPendingSignIn | null> {
  const sealed = parseCookie(cookieHeader ?? "")[COOKIE_NAME];
  if (!sealed) return null;
  try {
    const { payload } = await jwtDecrypt(sealed, key, { currentDate: now, keyManagementAlgorithms: ["dir"], contentEncryptionAlgorithms: ["A256GCM"] });
    const parsed = ZPendingSignInSchema.safeParse(payload);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
