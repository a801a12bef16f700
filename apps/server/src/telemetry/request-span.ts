import type { IncomingMessage, ServerResponse } from "node:http";
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_URL_PATH,
  ATTR_USER_AGENT_ORIGINAL,
} from "@opentelemetry/semantic-conventions";
import { pathOf } from "../logging/access-log.ts";

const tracer = trace.getTracer("@topograph/server");

/** Span names stay few: one per kind of route (the path itself is an attribute). */
function routeOf(path: string): string {
  if (path.startsWith("/trpc/")) return "/trpc/*";
  if (path.startsWith("/auth/oidc/")) return "/auth/oidc/*";
  if (path === "/healthz" || path === "/readyz") return path;
  return "/*";
}

/**
 * Runs `handle` inside an HTTP server span for the request, so the tRPC and database spans it
 * causes become its children. The span continues the caller's trace when the request carries a
 * valid W3C `traceparent`; `handle` gets the span's trace ID for the access log. Recorded: method,
 * path (never the query), route, status and user agent; never other headers or bodies.
 */
export function traceRequest(req: IncomingMessage, res: ServerResponse, handle: (traceId: string) => void): void {
  const caller = propagation.extract(ROOT_CONTEXT, req.headers);
  const path = pathOf(req.url);
  const route = routeOf(path);
  const method = req.method ?? "GET";
  const span = tracer.startSpan(
    `${method} ${route}`,
    {
      kind: SpanKind.SERVER,
      attributes: { [ATTR_HTTP_REQUEST_METHOD]: method, [ATTR_URL_PATH]: path, [ATTR_HTTP_ROUTE]: route, [ATTR_USER_AGENT_ORIGINAL]: req.headers["user-agent"] ?? "" },
    },
    caller,
  );
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    if (res.headersSent) span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode);
    if (!res.writableFinished) span.setAttribute(ATTR_ERROR_TYPE, "aborted");
    else if (res.statusCode >= 500) {
      span.setAttribute(ATTR_ERROR_TYPE, String(res.statusCode));
      span.setStatus({ code: SpanStatusCode.ERROR });
    }
    span.end();
  };
  res.on("finish", end);
  res.on("close", end);
  context.with(trace.setSpan(caller, span), () => handle(span.spanContext().traceId));
}
