import { isRecord } from "../objects.ts";
import { sameData } from "../values.ts";

const HANDLERS = ["exec", "httpGet", "tcpSocket", "grpc"] as const;

/** What a probe checks: its handler and the handler's fields, without HTTP headers (they pick no other endpoint). */
export interface TProbeTarget {
  handler: (typeof HANDLERS)[number];
  fields: Readonly<Record<string, unknown>>;
}

export function probeTargetOf(probe: Readonly<Record<string, unknown>>): TProbeTarget | undefined {
  const handler = HANDLERS.find((name) => isRecord(probe[name]));
  if (!handler) return undefined;
  const fields = { ...(probe[handler] as Record<string, unknown>) };
  if (handler === "httpGet") delete fields["httpHeaders"];
  return { handler, fields };
}

export function sameProbeTarget(left: TProbeTarget, right: TProbeTarget): boolean {
  return left.handler === right.handler && sameData(left.fields, right.fields);
}

/** "run the same command (/bin/grpc_health_probe -addr=:8080)", as a message says two probes check one thing. */
export function describeProbeTarget({ handler, fields }: TProbeTarget): string {
  const port = String(fields["port"]);
  switch (handler) {
    case "exec":
      return `run the same command (${Array.isArray(fields["command"]) ? fields["command"].map(String).join(" ") : "none"})`;
    case "httpGet":
      return `call the same endpoint (GET ${typeof fields["path"] === "string" ? fields["path"] : "/"} on port ${port})`;
    case "tcpSocket":
      return `open the same port (${port})`;
    case "grpc":
      return `call the same gRPC health check (port ${port}${typeof fields["service"] === "string" ? `, service ${fields["service"]}` : ""})`;
  }
}
