import { describe, expect, it } from "vitest";
import { createLogger, entryLog, logAt } from "./logger.ts";

function capture(level: Parameters<typeof createLogger>[0] = "info") {
  const lines: string[] = [];
  const logger = createLogger(level, { write: (line: string) => void lines.push(line) });
  // biome-ignore lint/suspicious/noExplicitAny: test-only JSON reader
  return { logger, lines, entries: (): any[] => lines.map((line) => JSON.parse(line)) };
}

describe("the server's log lines", () => {
  it("are one JSON object a line with message, severity, an ISO timestamp and the fields", () => {
    const { logger, lines, entries } = capture();
    logger.info({ port: 3000 }, "Topograph is serving");
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith("\n")).toBe(true);
    const [entry] = entries();
    expect(entry).toEqual({ severity: "INFO", timestamp: expect.any(String), port: 3000, message: "Topograph is serving" });
    expect(new Date(entry.timestamp).toISOString()).toBe(entry.timestamp);
  });

  it("name pino's levels as severities and leave out what is below the configured level", () => {
    const { logger, entries } = capture("info");
    logger.debug("probe");
    logger.info("i");
    logger.warn("w");
    logger.error("e");
    logger.fatal("f");
    expect(entries().map((e) => e.severity)).toEqual(["INFO", "WARNING", "ERROR", "CRITICAL"]);
  });

  it("take `{ severity, message, ...fields }` entries and severity names from the app's modules", () => {
    const { logger, entries } = capture();
    entryLog(logger)({ severity: "WARNING", message: "OpenID Connect discovery failed", issuer: "https://login.example.com" });
    logAt(logger, "ERROR", "Recording scores failed", { error: "disk full" });
    expect(entries()).toEqual([
      expect.objectContaining({ severity: "WARNING", message: "OpenID Connect discovery failed", issuer: "https://login.example.com" }),
      expect.objectContaining({ severity: "ERROR", message: "Recording scores failed", error: "disk full" }),
    ]);
  });

  it("redact credentials a careless call hands over", () => {
    const { logger, lines } = capture();
    logger.info({ headers: { authorization: "Bearer tpg_secret-token", cookie: "topograph_session=session-secret" }, password: "hunter2-hunter2" }, "careless");
    logger.info({ req: { headers: { authorization: "Bearer tpg_secret-token" } } }, "careless, nested");
    const text = lines.join("");
    for (const secret of ["tpg_secret-token", "session-secret", "hunter2"]) expect(text).not.toContain(secret);
    expect(text).toContain("[redacted]");
  });
});
