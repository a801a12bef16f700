import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import type { TLSSocket } from "node:tls";
import { resolveApiToken, resolveSession, type TCredential, type TCredentialResolution, type TDatabase, type TSignedInUser } from "@topograph/db";
import { sessionTokenFrom } from "./cookies.ts";

/** What the server believes about where a request came from. */
export interface TRequestOrigin {
  /** The client's address: the socket's, or behind a trusted proxy the one it appended to X-Forwarded-For. */
  ip: string;
  /** Whether the browser reached the portal over TLS (directly, or per a trusted proxy's X-Forwarded-Proto). */
  secure: boolean;
}

/** The last value of a comma-separated header: the one the proxy next to the server added. */
export function lastValue(header: string | string[] | undefined): string | undefined {
  const joined = Array.isArray(header) ? header.join(",") : header;
  return joined?.split(",").map((value) => value.trim()).filter(Boolean).at(-1);
}

/**
 * Reads the client's address and scheme. Forwarded headers are believed only with
 * TOPOGRAPH_TRUST_PROXY (one reverse proxy in front); otherwise anyone could claim any address.
 */
export function requestOrigin(req: Pick<IncomingMessage, "headers" | "socket">, trustProxy: boolean): TRequestOrigin {
  const direct = { ip: req.socket.remoteAddress ?? "unknown", secure: (req.socket as Partial<TLSSocket>).encrypted === true };
  if (!trustProxy) return direct;
  const forwardedFor = lastValue(req.headers["x-forwarded-for"]);
  const forwardedProto = lastValue(req.headers["x-forwarded-proto"])?.toLowerCase();
  return { ip: forwardedFor ?? direct.ip, secure: forwardedProto ? forwardedProto === "https" : direct.secure };
}

/** Who a request acts for. */
export interface TRequestCaller {
  user: TSignedInUser | null;
  credential: TCredential | null;
  /** Why a presented session cookie or bearer token was refused; null when none was presented or it worked. */
  credentialProblem: string | null;
}

export const ANONYMOUS: TRequestCaller = { user: null, credential: null, credentialProblem: null };

/**
 * Resolves the caller from `Authorization: Bearer <API token>` or, failing that, the session
 * cookie. A refused credential leaves the request anonymous with the reason kept, so procedures
 * that need a user answer with it.
 */
export async function resolveRequestCaller(db: TDatabase, headers: IncomingHttpHeaders, now: Date): Promise<TRequestCaller> {
  const authorization = headers.authorization?.trim();
  if (authorization) {
    const [scheme, token] = authorization.split(/\s+/, 2);
    if (scheme?.toLowerCase() !== "bearer" || !token) return { ...ANONYMOUS, credentialProblem: "Send API tokens as Authorization: Bearer <token>." };
    return fromResolution(await resolveApiToken(db, token, now));
  }
  const sessionToken = sessionTokenFrom(headers.cookie);
  return sessionToken ? fromResolution(await resolveSession(db, sessionToken, now)) : ANONYMOUS;
}

function fromResolution(resolution: TCredentialResolution): TRequestCaller {
  return resolution.ok ? { user: resolution.user, credential: resolution.credential, credentialProblem: null } : { ...ANONYMOUS, credentialProblem: resolution.reason };
}
