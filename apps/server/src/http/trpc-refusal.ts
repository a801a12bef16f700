import type http from "node:http";
import { appRouter } from "@topograph/api";
import type { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { getErrorShape } from "@trpc/server/unstable-core-do-not-import";

/**
 * Refuses a /trpc/ request before its body is read: the error as tRPC answers it (one per call of
 * a batch, through the router's error formatter, so clients read it like any other), and the
 * connection closed, so nothing more of the body is read.
 */
export function refuseTrpcRequest(req: http.IncomingMessage, res: http.ServerResponse, error: TRPCError): void {
  const url = new URL(req.url ?? "/", "http://localhost");
  const procedures = url.pathname.slice("/trpc/".length).split(",");
  const answers = procedures.map((path) => ({ error: getErrorShape({ config: appRouter._def._config, error, type: "unknown", path, input: undefined, ctx: undefined }) }));
  const body = JSON.stringify(url.searchParams.get("batch") ? answers : answers[0]);
  res.writeHead(getHTTPStatusCodeFromError(error), { "content-type": "application/json", "content-length": Buffer.byteLength(body), "cache-control": "no-store", connection: "close" });
  res.end(body);
}
