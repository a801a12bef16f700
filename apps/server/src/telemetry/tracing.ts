import { type DiagLogger, DiagLogLevel, diag } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { registerInstrumentations } from "@opentelemetry/instrumentation";
import { defaultResource, resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { ATTR_SERVICE_NAME } from "@opentelemetry/semantic-conventions";
import { PrismaInstrumentation } from "@prisma/instrumentation";
import type { TLogger } from "../logging/logger.ts";
import { topographSampler } from "./sampler.ts";
import { loggableTracesUrl, type TTracingSettings } from "./settings.ts";

/** Spans still buffered get this long to reach the collector at shutdown, so an absent one cannot hold the exit. */
const FLUSH_LIMIT_MS = 2_000;

export interface TTracing {
  /** Sends the spans still buffered (at most FLUSH_LIMIT_MS) and stops tracing. */
  shutdown(): Promise<void>;
}

/**
 * Registers the tracing SDK for the process: spans are batched and sent over OTLP/HTTP (JSON),
 * context follows async calls (AsyncLocalStorage), incoming W3C `traceparent` headers are honoured,
 * and Prisma's own instrumentation turns every database query into a span. Call it before the
 * database is opened. Without it, @opentelemetry/api stays a no-op everywhere.
 */
export function startTracing(settings: TTracingSettings, logger: TLogger): TTracing {
  // Export failures (an unreachable collector) would otherwise go unnoticed.
  diag.setLogger(diagnosticsTo(logger), DiagLogLevel.WARN);
  const provider = new NodeTracerProvider({
    resource: defaultResource().merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: settings.serviceName })),
    sampler: topographSampler,
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: settings.tracesUrl.href }))],
  });
  provider.register();
  // Prisma's query compiler (engineType "client" with driver adapters) reports each SQL statement
  // as prisma:client:db_query with its text (placeholders only, never the bound values).
  registerInstrumentations({ tracerProvider: provider, instrumentations: [new PrismaInstrumentation()] });
  logger.info({ tracesUrl: loggableTracesUrl(settings.tracesUrl), serviceName: settings.serviceName }, "Tracing requests over OTLP");
  return {
    shutdown: () => {
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, FLUSH_LIMIT_MS)));
      return Promise.race([provider.shutdown(), limit]).finally(() => clearTimeout(timer));
    },
  };
}

/** OpenTelemetry's own warnings and errors as log lines. */
function diagnosticsTo(logger: TLogger): DiagLogger {
  const write = (level: "warn" | "error") => (message: string, ...details: unknown[]) =>
    logger[level]({ component: "opentelemetry", ...(details.length > 0 ? { details: details.map(String) } : {}) }, `Tracing: ${message}`);
  const ignore = () => {};
  return { error: write("error"), warn: write("warn"), info: ignore, debug: ignore, verbose: ignore };
}
