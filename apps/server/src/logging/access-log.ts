import type { IncomingMessage, ServerResponse } from "node:http";
import { requestIdOf, traceIdOf } from "./request-id.ts";
import type { TLogger } from "./logger.ts";

/** Probes arrive every few seconds from the kubelet or load balancer: logged at debug unless they fail. */
const PROBES = new Set(["/healthz", "/readyz"]);

/** The path without its query: queries carry setup tokens, OIDC codes and tRPC inputs. */
export function pathOf(url: string | undefined): string {
  const path = (url ?? "/").split("?", 1)[0]!;
  return path.length > 512 ? `${path.slice(0, 512)}…` : path;
}

/**
 * Gives the request its ID (echoed in X-Request-ID and left in the request's header for the
 * handlers), and writes one access line when the response is sent or the client goes away:
 * method, path, status, duration, user agent, request and trace IDs. Never headers or bodies.
 * With tracing on, `spanTraceId` is the trace of the request's span, so the line and the trace meet.
 */
export function accessLog(logger: TLogger, req: IncomingMessage, res: ServerResponse, spanTraceId?: string): { requestId: string; traceId: string } {
  const started = process.hrtime.bigint();
  const requestId = requestIdOf(req);
  const traceId = spanTraceId ?? traceIdOf(req) ?? requestId;
  // Read now: the web app's fallback rewrites req.url to "/".
  const path = pathOf(req.url);
  req.headers["x-request-id"] = requestId;
  res.setHeader("x-request-id", requestId);
  let written = false;
  const write = (aborted: boolean) => {
    if (written) return;
    written = true;
    const status = res.statusCode;
    const fields = {
      requestId,
      traceId,
      method: req.method,
      path,
      status,
      durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      userAgent: req.headers["user-agent"] ?? "",
      ...(aborted ? { aborted: true } : {}),
    };
    const message = `${req.method} ${path} ${aborted ? "aborted" : status}`;
    if (status >= 500) logger.error(fields, message);
    else if (aborted) logger.warn(fields, message);
    else if (PROBES.has(path) && status < 400) logger.debug(fields, message);
    else logger.info(fields, message);
  };
  res.on("finish", () => write(false));
  // "close" without "finish": the client went away before the response was complete.
  res.on("close", () => write(!res.writableFinished));
  return { requestId, traceId };
}
