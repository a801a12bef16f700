import { SESSION_COOKIE_NAME } from "@topograph/domain";
import { parseCookie, stringifySetCookie } from "cookie";

/**
 * The session cookie: HttpOnly (scripts never see it), SameSite=Lax (not sent on cross-site posts),
 * Path=/, and Secure whenever the browser reached the portal over TLS.
 */
export function sessionCookie(token: string, expiresAt: Date, secure: boolean, now: Date): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  return stringifySetCookie(SESSION_COOKIE_NAME, token, { path: "/", expires: expiresAt, maxAge, httpOnly: true, sameSite: "lax", secure });
}

/** Tells the browser to forget the session cookie (sign-out). */
export function clearedSessionCookie(secure: boolean): string {
  return stringifySetCookie(SESSION_COOKIE_NAME, "", { path: "/", expires: new Date(0), maxAge: 0, httpOnly: true, sameSite: "lax", secure });
}

/** The session token in a request's Cookie header, if any. */
export function sessionTokenFrom(cookieHeader: string | undefined): string | undefined {
  return parseCookie(cookieHeader ?? "")[SESSION_COOKIE_NAME]?.trim() || undefined;
}
