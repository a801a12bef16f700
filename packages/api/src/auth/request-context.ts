import type { IncomingMessage } from "node:http";
import { createContext, type TContext, type TContextOptions } from "../context.ts";
import type { SignInLimiter } from "./sign-in-limiter.ts";
import { requestOrigin, resolveRequestCaller } from "./request-credentials.ts";

export interface TRequestContextOptions extends Omit<TContextOptions, "caller" | "origin" | "signInLimiter"> {
  /** Shared by every request of the process, or the limit would reset per request. */
  signInLimiter: SignInLimiter;
  /** TOPOGRAPH_TRUST_PROXY: believe X-Forwarded-For and X-Forwarded-Proto from the one proxy in front. */
  trustProxy: boolean;
}

/** The context of one HTTP request: its caller (bearer token or session cookie) and its origin. */
export async function createRequestContext(options: TRequestContextOptions, req: Pick<IncomingMessage, "headers" | "socket">): Promise<TContext> {
  const now = options.now ?? (() => new Date());
  const caller = await resolveRequestCaller(options.db, req.headers, now());
  return createContext({ ...options, now, caller, origin: requestOrigin(req, options.trustProxy) });
}

/**
 * The HTTP adapter's responseMeta: sends the cookies procedures set, and keeps responses that set
 * one out of every cache.
 */
export function identityResponseMeta({ ctx }: { ctx?: Pick<TContext, "responseCookies"> }): { headers?: Headers } {
  if (!ctx?.responseCookies.length) return {};
  const headers = new Headers({ "cache-control": "no-store" });
  for (const cookie of ctx.responseCookies) headers.append("set-cookie", cookie);
  return { headers };
}
