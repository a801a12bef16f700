import http from "node:http";
import type { AddressInfo } from "node:net";

/** A span as the collector received it, attributes flattened to plain values. */
export interface TCollectedSpan {
  serviceName: unknown;
  scope: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  name: string;
  /** OTLP's numbers: 1 internal, 2 server, 3 client. */
  kind: number;
  attributes: Record<string, unknown>;
}

interface TOtlpAttribute {
  key: string;
  value: Record<string, unknown>;
}
interface TOtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: TOtlpAttribute[];
}
interface TOtlpTraces {
  resourceSpans: { resource?: { attributes?: TOtlpAttribute[] }; scopeSpans: { scope?: { name: string }; spans: TOtlpSpan[] }[] }[];
}

const attributesOf = (attributes: TOtlpAttribute[] = []) => Object.fromEntries(attributes.map(({ key, value }) => [key, Object.values(value)[0]]));

/**
 * An OpenTelemetry collector's OTLP/HTTP traces endpoint on loopback that keeps what it is sent:
 * accepts JSON on POST /v1/traces, answers 404 to anything else.
 */
export async function startFakeCollector() {
  const bodies: string[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      if (req.method !== "POST" || req.url !== "/v1/traces" || !String(req.headers["content-type"]).startsWith("application/json")) {
        res.writeHead(404).end();
        return;
      }
      bodies.push(body);
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** The base address, as OTEL_EXPORTER_OTLP_ENDPOINT takes it. */
    endpoint: `http://127.0.0.1:${port}`,
    /** Every export request's body, as received. */
    bodies,
    spans(): TCollectedSpan[] {
      return bodies.flatMap((body) =>
        (JSON.parse(body) as TOtlpTraces).resourceSpans.flatMap(({ resource, scopeSpans }) =>
          scopeSpans.flatMap(({ scope, spans }) =>
            spans.map((span) => ({
              serviceName: attributesOf(resource?.attributes)["service.name"],
              scope: scope?.name ?? "",
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId || undefined,
              name: span.name,
              kind: span.kind,
              attributes: attributesOf(span.attributes),
            })),
          ),
        ),
      );
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The spans above `span` among `spans`, nearest first. */
export function ancestorsOf(span: TCollectedSpan, spans: TCollectedSpan[]): TCollectedSpan[] {
  const parent = spans.find((candidate) => candidate.spanId === span.parentSpanId);
  return parent ? [parent, ...ancestorsOf(parent, spans)] : [];
}
