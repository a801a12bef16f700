import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";

export type TLogger = Logger;
export type TLogLevel = "debug" | "info" | "warn" | "error";

/** The severity names log collectors expect (Cloud Logging, Elastic, Loki's level label), by pino level. */
const SEVERITY: Record<string, string> = { trace: "DEBUG", debug: "DEBUG", info: "INFO", warn: "WARNING", error: "ERROR", fatal: "CRITICAL" };
const LEVEL_OF_SEVERITY: Record<string, TLogLevel> = { DEBUG: "debug", INFO: "info", WARNING: "warn", ERROR: "error", CRITICAL: "error" };

/**
 * Fields that may carry credentials wherever they appear one level down. Nothing logs request
 * headers today; this keeps a future `headers: req.headers` from printing a token or a session.
 */
const REDACTED = ["authorization", "cookie", "set-cookie", "password", "clientSecret"].flatMap((key) => [key, `*.${key}`, `*["${key}"]`, `*.headers["${key}"]`]);

const OPTIONS: LoggerOptions = {
  messageKey: "message",
  // No pid or hostname on every line: the platform labels each stream with its pod or process.
  base: undefined,
  timestamp: () => `,"timestamp":"${new Date().toISOString()}"`,
  formatters: { level: (label) => ({ severity: SEVERITY[label] ?? label.toUpperCase() }) },
  redact: { paths: REDACTED, censor: "[redacted]" },
};

/**
 * One JSON object a line: message, severity, timestamp and the call's fields. Written
 * synchronously to stdout by default, so the lines before a `process.exit` are not lost.
 */
export function createLogger(level: TLogLevel = "info", destination: DestinationStream = pino.destination({ dest: 1, sync: true })): TLogger {
  return pino({ ...OPTIONS, level }, destination);
}

/** A logger that writes nothing (tests that do not read the log). */
export function silentLogger(): TLogger {
  return pino({ ...OPTIONS, level: "silent" });
}

/** An entry as the server's modules hand it over: `{ severity, message, ...fields }`. */
export type TLogEntryFn = (entry: Record<string, unknown>) => void;

/** Writes `{ severity, message, ...fields }` entries (the OIDC routes', tRPC's errors) through the logger. */
export function entryLog(logger: TLogger): TLogEntryFn {
  return ({ severity, message, ...fields }) => logAt(logger, String(severity ?? "INFO"), String(message ?? ""), fields);
}

/** Logs `message` at a severity name (INFO, WARNING, ERROR). */
export function logAt(logger: TLogger, severity: string, message: string, fields: Record<string, unknown> = {}) {
  logger[LEVEL_OF_SEVERITY[severity] ?? "info"](fields, message);
}
