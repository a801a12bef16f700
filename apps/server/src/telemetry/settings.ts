import type { TEnv } from "../env.ts";

/** Where the server sends its traces and under which service name; absent while tracing is off. */
export interface TTracingSettings {
  tracesUrl: URL;
  serviceName: string;
}

/**
 * Tracing is on when an OTLP endpoint is configured and OTEL_SDK_DISABLED is not true. The traces
 * address wins over the base address, which takes the signal's path as OTLP/HTTP specifies.
 */
export function tracingSettings(env: TEnv): TTracingSettings | null {
  if (env.OTEL_SDK_DISABLED) return null;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  const tracesUrl = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (base ? withSignalPath(base) : null);
  return tracesUrl ? { tracesUrl, serviceName: env.OTEL_SERVICE_NAME } : null;
}

/** `http://collector:4318` → `http://collector:4318/v1/traces`; a base path stays in front of it. */
function withSignalPath(base: URL): URL {
  const url = new URL(base);
  url.pathname = `${url.pathname.replace(/\/$/, "")}/v1/traces`;
  return url;
}

/** The address as the log may show it: no credentials, no query. */
export function loggableTracesUrl(url: URL): string {
  return `${url.origin}${url.pathname}`;
}
