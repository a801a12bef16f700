import type { IncomingMessage, ServerResponse } from "node:http";
import { requestOrigin, sessionCookie, sessionTokenFrom } from "@topograph/api";
import { resolveSession, revokeSession, signInWithOidc, type TDatabase } from "@topograph/db";
import { AppError, OIDC_CALLBACK_PATH, OIDC_START_PATH, oidcIdentityOf, safeNextPath, SIGN_IN_PATH, type TOidcSignInError } from "@topograph/domain";
import { failureMessage, newPendingSignIn, OidcClient, providerFailure } from "./oidc-client.ts";
import type { TOidcSettings } from "./oidc-settings.ts";
import { clearedPendingSignInCookie, pendingSignInCookie, pendingSignInKey, readPendingSignIn } from "./oidc-state-cookie.ts";

export interface TOidcRoutesOptions {
  db: TDatabase;
  settings: TOidcSettings;
  trustProxy: boolean;
  log: (entry: Record<string, unknown>) => void;
  now?: () => Date;
}

/**
 * GET /auth/oidc/start?next=… sends the browser to the provider with a pending sign-in in a
 * short-lived encrypted cookie; GET /auth/oidc/callback checks the provider's answer against it,
 * signs the user in as auth.signIn does (same session, same cookie) and goes back to `next`.
 * Every refusal lands on the sign-in page with an error code it explains.
 */
export function createOidcRoutes({ db, settings, trustProxy, log, now = () => new Date() }: TOidcRoutesOptions) {
  const provider = new OidcClient(settings);
  const key = pendingSignInKey(settings.clientSecret);

  async function start(req: IncomingMessage, res: ServerResponse, url: URL) {
    const { secure } = requestOrigin(req, trustProxy);
    const pending = newPendingSignIn(safeNextPath(url.searchParams.get("next")));
    let authorizationUrl: URL;
    try {
      authorizationUrl = await provider.authorizationUrl(pending);
    } catch (error) {
      log({ severity: "WARNING", message: "OpenID Connect discovery failed", issuer: settings.issuer.href, error: failureMessage(error) });
      return redirect(res, signInPageWith("oidc-unavailable", pending.next), []);
    }
    redirect(res, authorizationUrl.href, [await pendingSignInCookie(pending, key, secure, now())]);
  }

  async function callback(req: IncomingMessage, res: ServerResponse, url: URL) {
    const { secure } = requestOrigin(req, trustProxy);
    const at = now();
    // A pending sign-in works once, whatever happens next.
    const cookies = [clearedPendingSignInCookie(secure)];
    const refuse = (reason: TOidcSignInError, next: string, error?: unknown) => {
      log({ severity: reason === "oidc-failed" ? "ERROR" : "WARNING", message: "OpenID Connect sign-in refused", reason, ...(error ? { error: failureMessage(error) } : {}) });
      redirect(res, signInPageWith(reason, next), cookies);
    };

    const pending = await readPendingSignIn(req.headers.cookie, key, at);
    if (!pending) return refuse("oidc-expired", "/");
    let identity: ReturnType<typeof oidcIdentityOf>;
    try {
      identity = oidcIdentityOf(await provider.claims(url.search, pending));
    } catch (error) {
      return refuse(providerFailure(error), pending.next, error);
    }
    if (!identity.ok) return refuse(identity.error, pending.next);

    try {
      const { user, session, created } = await signInWithOidc(db, { email: identity.email, name: identity.name, defaultRole: settings.defaultRole }, at);
      await endPreviousSession(db, req.headers.cookie, at);
      if (created) log({ severity: "INFO", message: `Created the user ${user.email} (${user.role}) at their first OpenID Connect sign-in`, email: user.email, role: user.role });
      cookies.push(sessionCookie(session.token, session.expiresAt, secure, at));
      redirect(res, pending.next, cookies);
    } catch (error) {
      if (error instanceof AppError && error.code === "FORBIDDEN") return refuse("account-disabled", pending.next);
      refuse("oidc-failed", pending.next, error);
    }
  }

  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://topograph.invalid");
    const route = url.pathname === OIDC_START_PATH ? start : url.pathname === OIDC_CALLBACK_PATH ? callback : null;
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" });
      return res.end("Not found");
    }
    if (req.method !== "GET") {
      res.writeHead(405, { allow: "GET", "content-type": "text/plain" });
      return res.end("Method not allowed");
    }
    route(req, res, url).catch((error: unknown) => {
      log({ severity: "ERROR", message: "OpenID Connect sign-in failed", error: failureMessage(error) });
      if (!res.headersSent) redirect(res, signInPageWith("oidc-failed", "/"), []);
    });
  };
}

/** Like auth.signIn: the session this browser was signed in with before ends. */
async function endPreviousSession(db: TDatabase, cookieHeader: string | undefined, now: Date): Promise<void> {
  const token = sessionTokenFrom(cookieHeader);
  const previous = token ? await resolveSession(db, token, now) : null;
  if (previous?.ok && previous.credential.kind === "session") await revokeSession(db, previous.credential.sessionId);
}

/** The sign-in page explaining `reason`, keeping the way back for a password sign-in. */
function signInPageWith(reason: TOidcSignInError, next: string): string {
  const query = new URLSearchParams({ error: reason, ...(next !== "/" ? { next } : {}) });
  return `${SIGN_IN_PATH}?${query}`;
}

/** 303: the browser follows with a GET; nothing here may be cached. */
function redirect(res: ServerResponse, location: string, cookies: string[]) {
  res.writeHead(303, { location, "cache-control": "no-store", ...(cookies.length ? { "set-cookie": cookies } : {}) });
  res.end();
}
