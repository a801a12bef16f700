import type http from "node:http";
import { requestCaller, trpcErrorOf, writeRefusal, type TRequestCaller, type TRequestContextOptions } from "@topograph/api";
import { TRPCError } from "@trpc/server";
import { isUpload } from "./request-body.ts";
import { refuseTrpcRequest } from "./trpc-refusal.ts";

type TCallerOptions = Pick<TRequestContextOptions, "db" | "trustProxy" | "tokenLimiter">;

/**
 * File uploads (evidence.scan's archives, backstage.import's catalogs) may be tens of megabytes,
 * so their caller is checked on the request's head, before the body is read: someone who may not
 * write anything (anonymous, a refused token or session, a viewer) gets the 401 or 403 the
 * procedure would give, and none of their body is taken in. Whether they may change the component
 * they name is still the procedure's call, once the body is read.
 */
export function uploadCallers(options: TCallerOptions) {
  const resolved = new WeakMap<http.IncomingMessage, TRequestCaller>();
  return {
    /** Calls `next` unless the request is an upload by someone who may not write, who is answered here. */
    admit(req: http.IncomingMessage, res: http.ServerResponse, next: () => void): void {
      if (!isUpload(req)) return next();
      requestCaller(options, req).then(
        (caller) => {
          const refusal = writeRefusal(caller);
          if (refusal) return refuseTrpcRequest(req, res, trpcErrorOf(refusal));
          resolved.set(req, caller);
          next();
        },
        // A token over its limits is answered here (429); anything else fails again, and is logged, where tRPC builds the context.
        (error: unknown) => (error instanceof TRPCError ? refuseTrpcRequest(req, res, error) : next()),
      );
    },
    /** The caller admit resolved for this request, so the context does not resolve it, and count a token's use, twice. */
    callerOf(req: http.IncomingMessage): TRequestCaller | undefined {
      return resolved.get(req);
    },
  };
}
