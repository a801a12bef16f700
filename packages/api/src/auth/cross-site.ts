import type { IncomingMessage } from "node:http";
import { sessionTokenFrom } from "./cookies.ts";
import { lastValue, requestOrigin } from "./request-credentials.ts";

type TRequest = Pick<IncomingMessage, "method" | "headers" | "socket">;

const PROXY_HINT = "If Topograph runs behind a reverse proxy, set TOPOGRAPH_TRUST_PROXY=true and have the proxy send X-Forwarded-Host and X-Forwarded-Proto.";

/**
 * Why an API request must be refused as a possible cross-site request forgery, or null when it may
 * go on. Only writes that a browser would authenticate on its own are checked: a request that is
 * not a GET or HEAD (tRPC sends mutations as POST) and carries the session cookie must say, in
 * Origin or failing that Referer, that it comes from Topograph's own origin. Bearer-token calls
 * are exempt: another site cannot make a browser attach an Authorization header. SameSite=Lax
 * already keeps the cookie off cross-site posts; this also covers same-site neighbours (another
 * subdomain) and browsers that ignore SameSite.
 */
export function crossSiteRefusal(req: TRequest, trustProxy: boolean): string | null {
  if (req.method === "GET" || req.method === "HEAD") return null;
  if (req.headers.authorization || !sessionTokenFrom(req.headers.cookie)) return null;
  const own = serverOrigin(req, trustProxy);
  const claimed = claimedOrigin(req);
  if (claimed === null) {
    return "Refused: this request carries your session cookie but neither an Origin nor a Referer header, so Topograph cannot tell it came from its own pages. Scripts should use an API token (Authorization: Bearer).";
  }
  if (claimed === own) return null;
  return `Refused: changes signed in with a session cookie are accepted only from Topograph's own pages (${own ?? "unknown"}), and this request came from ${claimed}. ${PROXY_HINT}`;
}

/** Scheme and host the browser used to reach this server, as a URL origin. */
function serverOrigin(req: TRequest, trustProxy: boolean): string | null {
  const scheme = requestOrigin(req, trustProxy).secure ? "https" : "http";
  const host = (trustProxy ? lastValue(req.headers["x-forwarded-host"]) : undefined) ?? req.headers.host;
  return host ? originOf(`${scheme}://${host}`) : null;
}

/** The origin the browser says the request comes from; Referer only when Origin is missing ("null" is an answer, and not ours). */
function claimedOrigin(req: TRequest): string | null {
  const origin = req.headers.origin;
  if (origin !== undefined) return origin === "null" ? "an opaque origin (null)" : (originOf(origin) ?? origin);
  return req.headers.referer ? originOf(req.headers.referer) : null;
}

/** The URL's origin, normalised (lower-case host, default port dropped); null when it is not a URL. */
function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}
