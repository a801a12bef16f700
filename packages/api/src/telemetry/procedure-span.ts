import { SpanStatusCode, trace } from "@opentelemetry/api";
import type { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";

const tracer = trace.getTracer("@topograph/api");

/** What a tRPC middleware's `next()` resolves to: the call's outcome, never a throw. */
type TProcedureOutcome = { ok: true } | { ok: false; error: TRPCError };

/**
 * tRPC middleware: one span per procedure call, `trpc <path>`, active while the procedure runs so
 * its database queries become children. Records the path, the type and, on failure, the error code
 * (the span is marked failed only for server errors); never the input, the output or messages.
 * A no-op span when no tracing SDK is registered.
 */
export function traceProcedure<TOutcome extends TProcedureOutcome>({ path, type, next }: { path: string; type: string; next: () => Promise<TOutcome> }): Promise<TOutcome> {
  return tracer.startActiveSpan(`trpc ${path}`, { attributes: { "rpc.system": "trpc", "rpc.method": path, "trpc.type": type } }, async (span) => {
    try {
      const outcome = await next();
      if (!outcome.ok) {
        span.setAttribute("error.type", outcome.error.code);
        if (getHTTPStatusCodeFromError(outcome.error) >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      }
      return outcome;
    } finally {
      span.end();
    }
  });
}
