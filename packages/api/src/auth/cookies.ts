import { SESSION_COOKIE_NAME } from "@topograph/domain";

/**
 * The session cookie: HttpOnly (scripts never see it), SameSite=Lax (not sent on cross-site posts),
 * Path=/, and Secure whenever the browser reached the portal over TLS.
 */
export function sessionCookie(token: string, expiresAt: Date, secure: boolean, now: Date): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  return cookie(`${SESSION_COOKIE_NAME}=${token}`, [`Expires=${expiresAt.toUTCString()}`, `Max-Age=${maxAge}`], secure);
}

/** Tells the browser to forget the session cookie (sign-out). */
export function clearedSessionCookie(secure: boolean): string {
  return cookie(`${SESSION_COOKIE_NAME}=`, ["Expires=Thu, 01 Jan 1970 00:00:00 GMT", "Max-Age=0"], secure);
}

function cookie(pair: string, lifetime: string[], secure: boolean): string {
  return [pair, "Path=/", ...lifetime, "HttpOnly", "SameSite=Lax", ...(secure ? ["Secure"] : [])].join("; ");
}

/** The session token in a request's Cookie header, if any. */
export function sessionTokenFrom(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === SESSION_COOKIE_NAME) {
      const value = part.slice(separator + 1).trim();
      return value || undefined;
    }
  }
  return undefined;
}
