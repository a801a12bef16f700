import { AsyncResource } from "node:async_hooks";
import type http from "node:http";
import { TRPCError } from "@trpc/server";
import { refuseTrpcRequest } from "./trpc-refusal.ts";

const MiB = 1024 * 1024;
/** As Node reads the Expect header. */
const EXPECTS_CONTINUE = /(?:^|\W)100-continue(?:$|\W)/i;

/**
 * Bytes a tRPC request body may hold. Ordinary calls carry forms: the largest the schemas accept
 * (a scorecard of 200 rules) stays under 4 MiB even in three-byte characters, and scorecard YAML
 * (a million characters) fits too. Two procedures carry files in their input: an archive as
 * base64 (evidence.scan, 20 MB of archive) and a Backstage catalog as text (backstage.import,
 * five million characters).
 */
export const ORDINARY_BODY_LIMIT = 4 * MiB;
export const FILE_BODY_LIMITS: Readonly<Record<string, number>> = { "evidence.scan": 30 * MiB, "backstage.import": 16 * MiB };

/** The limit for a /trpc/ URL: the largest of the procedures it names (a batch names several, comma-separated). */
export function bodyLimitFor(url: string): number {
  const procedures = url.slice("/trpc/".length).split("?")[0]!.split(",");
  return Math.max(ORDINARY_BODY_LIMIT, ...procedures.map((procedure) => FILE_BODY_LIMITS[procedure] ?? 0));
}

/** Whether the request carries files: a write to a procedure whose body may be larger than an ordinary call's. */
export function isUpload(req: http.IncomingMessage): boolean {
  return req.method !== "GET" && req.method !== "HEAD" && bodyLimitFor(req.url ?? "/trpc/") > ORDINARY_BODY_LIMIT;
}

/** Answers 413 as tRPC answers errors and closes the connection, so nothing more of the body is read. */
function refuseTooLarge(req: http.IncomingMessage, res: http.ServerResponse, limit: number): void {
  refuseTrpcRequest(req, res, new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: `The request body is larger than the ${limit / MiB} MiB this call accepts.` }));
}

/** Whether the body the request declares (Content-Length) is over its limit. */
function isDeclaredTooLarge(req: http.IncomingMessage): boolean {
  return Number(req.headers["content-length"] ?? 0) > bodyLimitFor(req.url ?? "/trpc/");
}

/**
 * Reads the body up to its limit and hands it to `next` as `req.body` (text, which tRPC parses);
 * a body that grows past the limit, chunk by chunk, is cut off there with 413. Requests without
 * a body (queries over GET) go straight on.
 */
export function readLimitedBody(req: http.IncomingMessage & { body?: string }, res: http.ServerResponse, next: () => void): void {
  if (req.method === "GET" || req.method === "HEAD") return next();
  const limit = bodyLimitFor(req.url ?? "/trpc/");
  // Refused on what it declares, before any of it is read.
  if (isDeclaredTooLarge(req)) return refuseTooLarge(req, res, limit);
  // A client that asked first (Expect: 100-continue) is invited now, when nothing refused it on its head (app.ts).
  if (EXPECTS_CONTINUE.test(req.headers.expect ?? "")) res.writeContinue();
  // Events arrive in the socket's async context: go on in the request's, so its trace span stays the parent.
  const proceed = AsyncResource.bind(next);
  const chunks: Buffer[] = [];
  let size = 0;
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    if (size <= limit) return void chunks.push(chunk);
    stop();
    refuseTooLarge(req, res, limit);
  };
  const onEnd = () => {
    stop();
    req.body = Buffer.concat(chunks, size).toString("utf8");
    proceed();
  };
  // A client that goes away mid-body gets no answer; there is nobody to read it.
  const stop = () => {
    req.off("data", onData).off("end", onEnd).off("error", stop);
  };
  req.on("data", onData).on("end", onEnd).on("error", stop);
}
