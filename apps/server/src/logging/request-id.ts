import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";

/** What an incoming X-Request-ID may look like: printable, no spaces or quotes, bounded. */
const ACCEPTED_REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;
/** W3C Trace Context: version-traceid-parentid-flags; version 00 has nothing after the flags. */
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;

/**
 * The caller's X-Request-ID when it is a plausible ID (a proxy or a client chose it, so their logs
 * and ours meet), otherwise a new one. Anything else is dropped unread: a hostile value must not
 * reach a log line or a response header.
 */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
}

/** The trace ID of a valid `traceparent` header, or null (the request ID stands in then). */
export function traceIdOf(req: IncomingMessage): string | null {
  const header = req.headers.traceparent;
  const match = typeof header === "string" ? TRACEPARENT.exec(header.trim()) : null;
  if (!match) return null;
  const [, version, traceId, parentId, , rest] = match;
  if (version === "ff" || (version === "00" && rest) || /^0+$/.test(traceId!) || /^0+$/.test(parentId!)) return null;
  return traceId!;
}
