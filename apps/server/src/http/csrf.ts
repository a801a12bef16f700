import type { IncomingMessage, ServerResponse } from "node:http";
import { crossSiteRefusal, type TErrorData } from "@topograph/api";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";

/**
 * Answers 403 to a cookie-signed API write that does not come from our own origin (the rule is
 * crossSiteRefusal's), before tRPC reads it; true when it answered. The body has the shape of a
 * tRPC error, so the web app shows its message like any other refusal.
 */
export function refuseCrossSiteWrite(req: IncomingMessage, res: ServerResponse, trustProxy: boolean): boolean {
  const message = crossSiteRefusal(req, trustProxy);
  if (message === null) return false;
  const data: TErrorData = { code: "FORBIDDEN", httpStatus: 403, appCode: "FORBIDDEN", issues: [] };
  res.writeHead(403, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify({ error: { message, code: TRPC_ERROR_CODES_BY_KEY.FORBIDDEN, data } }));
  return true;
}
