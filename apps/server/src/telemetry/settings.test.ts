import { describe, expect, it } from "vitest";
import { readEnv } from "../env.ts";
import { loggableTracesUrl, tracingSettings } from "./settings.ts";

const settingsOf = (variables: Record<string, string>) => tracingSettings(readEnv(variables));

describe("tracing configuration", () => {
  it("is off while no OTLP endpoint is set", () => {
    expect(settingsOf({})).toBeNull();
    expect(settingsOf({ OTEL_EXPORTER_OTLP_ENDPOINT: "", OTEL_SERVICE_NAME: "portal" })).toBeNull();
  });

  it("sends to the base endpoint's /v1/traces, keeping a base path, as service topograph by default", () => {
    expect(settingsOf({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://otel-collector:4318" })).toEqual({ tracesUrl: new URL("http://otel-collector:4318/v1/traces"), serviceName: "topograph" });
    expect(settingsOf({ OTEL_EXPORTER_OTLP_ENDPOINT: "https://gateway.example.com/otlp/" })?.tracesUrl.href).toBe("https://gateway.example.com/otlp/v1/traces");
  });

  it("prefers the traces endpoint as given, and takes the service name", () => {
    const settings = settingsOf({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://base:4318", OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://traces:9999/custom", OTEL_SERVICE_NAME: "topograph-eu" });
    expect(settings).toEqual({ tracesUrl: new URL("http://traces:9999/custom"), serviceName: "topograph-eu" });
  });

  it("stays off when OTEL_SDK_DISABLED is true, even with an endpoint", () => {
    expect(settingsOf({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://otel-collector:4318", OTEL_SDK_DISABLED: "true" })).toBeNull();
  });

  it("refuses addresses that are not http(s) URLs and a blank service name, one line each, without the value", () => {
    expect(() => readEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: "otel-collector:4318" })).toThrow("OTEL_EXPORTER_OTLP_ENDPOINT: OTEL_EXPORTER_OTLP_ENDPOINT must be the collector's http(s) address, e.g. http://otel-collector:4318.");
    expect(() => readEnv({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "grpc://collector:4317" })).toThrow(/^Invalid configuration:\n {2}OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: .*http\(s\) traces address/);
    expect(() => readEnv({ OTEL_SERVICE_NAME: "  " })).toThrow("OTEL_SERVICE_NAME: OTEL_SERVICE_NAME must not be blank.");
    expect(() => readEnv({ OTEL_SDK_DISABLED: "yes" })).toThrow("OTEL_SDK_DISABLED: OTEL_SDK_DISABLED must be true or false.");
  });

  it("logs the address without credentials or query", () => {
    expect(loggableTracesUrl(new URL("https://user:token@collector.example.com/v1/traces?key=secret"))).toBe("https://collector.example.com/v1/traces");
  });
});
