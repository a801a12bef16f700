import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { requestIdOf, traceIdOf } from "./request-id.ts";

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe("request IDs", () => {
  it("keeps a caller's plausible X-Request-ID, so a proxy's logs and ours meet", () => {
    expect(requestIdOf(request({ "x-request-id": "lb-7f3a:01HZX.2" }))).toBe("lb-7f3a:01HZX.2");
  });

  it("makes a new one when there is none, or the given one is hostile or too long", () => {
    for (const given of [undefined, "", "a b", 'x"}\n{"severity":"ERROR', "<script>", "x".repeat(129)]) {
      const id = requestIdOf(request(given === undefined ? {} : { "x-request-id": given }));
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe("trace IDs", () => {
  it("takes the trace ID of a W3C traceparent", () => {
    expect(traceIdOf(request({ traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" }))).toBe("4bf92f3577b34da6a3ce929d0e0e4736");
    // A later version may append fields; its first four read the same.
    expect(traceIdOf(request({ traceparent: "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra" }))).toBe("4bf92f3577b34da6a3ce929d0e0e4736");
  });

  it("ignores an absent or invalid traceparent", () => {
    for (const traceparent of [
      "",
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",
      "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
      "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
      "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
      "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
    ]) {
      expect(traceIdOf(request({ traceparent }))).toBeNull();
    }
    expect(traceIdOf(request({}))).toBeNull();
  });
});
