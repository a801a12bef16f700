import type { IncomingMessage } from "node:http";
import { AppError } from "@topograph/domain";
import { TRPCError } from "@trpc/server";
import { createContext, type TContext, type TContextOptions } from "../context.ts";
import type { SignInLimiter } from "./sign-in-limiter.ts";
import { requestOrigin, resolveRequestCaller, type TRequestCaller } from "./request-credentials.ts";
import type { TokenLimiter } from "./token-limiter.ts";

export interface TRequestContextOptions extends Omit<TContextOptions, "caller" | "origin" | "signInLimiter"> {
  /** Shared by every request of the process, or the limit would reset per request. */
  signInLimiter: SignInLimiter;
  /** TOPOGRAPH_TRUST_PROXY: believe X-Forwarded-For and X-Forwarded-Proto from the one proxy in front. */
  trustProxy: boolean;
  /** Shared by every request of the process: failed bearer tokens per address, requests per token. */
  tokenLimiter: TokenLimiter;
}

/**
 * The context of one HTTP request: its caller (bearer token or session cookie) and its origin.
 * `caller` is the one requestCaller already resolved for this request, if any: a token's use then
 * counts once against its limits.
 */
export async function createRequestContext(options: TRequestContextOptions, req: Pick<IncomingMessage, "headers" | "socket">, caller?: TRequestCaller): Promise<TContext> {
  const now = options.now ?? (() => new Date());
  return createContext({ ...options, now, caller: caller ?? (await requestCaller(options, req)), origin: requestOrigin(req, options.trustProxy) });
}

/** Who one HTTP request acts for; bearer tokens within the token limits (429 past them). */
export async function requestCaller(
  options: Pick<TRequestContextOptions, "db" | "now" | "trustProxy" | "tokenLimiter">,
  req: Pick<IncomingMessage, "headers" | "socket">,
): Promise<TRequestCaller> {
  const now = options.now ?? (() => new Date());
  const resolve = () => resolveRequestCaller(options.db, req.headers, now());
  if (!req.headers.authorization) return resolve();
  return limited(() => options.tokenLimiter.guard(requestOrigin(req, options.trustProxy).ip, resolve));
}

/**
 * A limit reached while the context is built stops the request before any procedure runs, so the
 * procedures' mapping of application errors never sees it: it gets its 429 here, or tRPC would
 * answer 500.
 */
async function limited<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: error.message, cause: error });
    throw error;
  }
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
