import os from "node:os";
import path from "node:path";
import { DEFAULT_DATABASE_URL, isPostgresUrl, REPOSITORY_ROOT } from "@topograph/db";
import { DEFAULT_JOB_INTERVALS, OIDC_CALLBACK_PATH, PASSWORD_MIN_LENGTH } from "@topograph/domain";
import { z } from "zod";
import { isLoopbackHttp, type TOidcSettings } from "./http/oidc-settings.ts";

/** An on/off switch: `true` or `false`, off when unset. */
const flag = (name: string) => z.enum(["true", "false"], { error: () => `${name} must be true or false.` }).default("false").transform((value) => value === "true");

/** An optional setting; an empty value counts as unset. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

/** A URL that parses and passes `accept`; the message never repeats the value. */
const url = (message: string, accept: (url: URL) => boolean) =>
  z
    .string()
    .trim()
    .refine((value) => URL.canParse(value) && accept(new URL(value)), message)
    .transform((value) => new URL(value));

const isHttpUrl = (u: URL) => u.protocol === "http:" || u.protocol === "https:";

/** Who signs in through OpenID Connect for the first time gets this role; administrators are made on the Users page. */
const OIDC_DEFAULT_ROLES = ["viewer", "editor"] as const;
/** Set together, or OpenID Connect sign-in stays off; TOPOGRAPH_PUBLIC_URL is needed by it and may be set alone. */
const OIDC_TOGETHER = ["TOPOGRAPH_OIDC_ISSUER", "TOPOGRAPH_OIDC_CLIENT_ID", "TOPOGRAPH_OIDC_CLIENT_SECRET", "TOPOGRAPH_PUBLIC_URL"] as const;

/** A duration in whole milliseconds, at least `min`. */
const milliseconds = (name: string, min: number, fallback: number) =>
  z.coerce
    .number({ error: () => `${name} must be a whole number of milliseconds.` })
    .int(`${name} must be a whole number of milliseconds.`)
    .min(min, `${name} must be at least ${min}.`)
    .default(fallback);

const password = (name: string) => z.string().min(PASSWORD_MIN_LENGTH, `${name} must be at least ${PASSWORD_MIN_LENGTH} characters.`);

/** The server's whole configuration, read from the environment once; nothing else reads process.env. */
const ZEnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  /** SQLite (file:) for one process; PostgreSQL (postgres://) for several replicas. Never echoed: it may hold a password. */
  DATABASE_URL: z
    .string()
    .refine((url) => url.startsWith("file:") || isPostgresUrl(url), "DATABASE_URL must be a file: URL (SQLite, e.g. file:./data/topograph.db) or a postgres:// URL (PostgreSQL).")
    .default(DEFAULT_DATABASE_URL),
  /** Load the article's example organisation into a new, empty database. */
  TOPOGRAPH_DEMO: z.enum(["true", "false"]).default("true").transform((value) => value === "true"),
  /** The built web app to serve. */
  TOPOGRAPH_WEB_DIST: z.string().min(1).default(path.join(REPOSITORY_ROOT, "apps", "web", "dist")),
  /** How long in-flight requests may take to finish after SIGTERM. */
  SHUTDOWN_GRACE_MS: z.coerce.number({ error: () => "SHUTDOWN_GRACE_MS must be a whole number of milliseconds." }).int("SHUTDOWN_GRACE_MS must be a whole number of milliseconds.").min(0, "SHUTDOWN_GRACE_MS must not be negative.").default(10_000),
  /**
   * After SIGTERM, how long to keep accepting requests while /readyz answers 503, so load
   * balancers take the process out before it stops listening; part of the grace period.
   */
  SHUTDOWN_DRAIN_MS: z.coerce.number({ error: () => "SHUTDOWN_DRAIN_MS must be a whole number of milliseconds." }).int("SHUTDOWN_DRAIN_MS must be a whole number of milliseconds.").min(0, "SHUTDOWN_DRAIN_MS must not be negative.").default(0),
  /** Folders evidence.scan may read on this machine, separated by commas; none by default. */
  TOPOGRAPH_SCAN_ROOTS: z
    .string()
    .default("")
    .transform((value) => value.split(",").map((root) => root.trim()).filter(Boolean))
    .refine((roots) => roots.every((root) => path.isAbsolute(root)), "TOPOGRAPH_SCAN_ROOTS must list absolute paths, separated by commas."),
  /** Hosts evidence.scan may clone git repositories from, separated by commas; none by default. */
  TOPOGRAPH_SCAN_GIT_HOSTS: z
    .string()
    .default("")
    .transform((value) => value.split(",").map((host) => host.trim().toLowerCase()).filter(Boolean)),
  /** Scheduled jobs (admin page /admin/jobs): how often each runs, counted from the end of its last run. */
  SCORE_RECORDING_INTERVAL_MS: milliseconds("SCORE_RECORDING_INTERVAL_MS", 1000, DEFAULT_JOB_INTERVALS["score-snapshots"]),
  EVIDENCE_RESCAN_INTERVAL_MS: milliseconds("EVIDENCE_RESCAN_INTERVAL_MS", 1000, DEFAULT_JOB_INTERVALS["evidence-rescan"]),
  EXPIRY_INTERVAL_MS: milliseconds("EXPIRY_INTERVAL_MS", 1000, DEFAULT_JOB_INTERVALS.expiry),
  SESSION_CLEANUP_INTERVAL_MS: milliseconds("SESSION_CLEANUP_INTERVAL_MS", 1000, DEFAULT_JOB_INTERVALS["session-cleanup"]),
  /** How often each replica looks for due jobs (a run asked for by hand on this replica starts at once). */
  JOB_POLL_INTERVAL_MS: milliseconds("JOB_POLL_INTERVAL_MS", 100, 15_000),
  /** This replica's name on the jobs page and in job claims; the host name and process id by default (a pod's name on Kubernetes). */
  TOPOGRAPH_REPLICA: optional(z.string().trim().min(1).max(200, "TOPOGRAPH_REPLICA must be at most 200 characters.")).transform((name) => name ?? `${os.hostname()}-${process.pid}`),
  /** The first administrator, created on start while no administrator exists; both or neither. */
  TOPOGRAPH_ADMIN_EMAIL: optional(z.email("TOPOGRAPH_ADMIN_EMAIL must be an email address.")),
  TOPOGRAPH_ADMIN_PASSWORD: optional(password("TOPOGRAPH_ADMIN_PASSWORD")),
  /** The demo users' password when the demo organisation loads; a random one is printed when unset. */
  TOPOGRAPH_DEMO_PASSWORD: optional(password("TOPOGRAPH_DEMO_PASSWORD")),
  /** Read-only browsing without signing in (enforced from issue 8's second phase). */
  TOPOGRAPH_ANONYMOUS_READ: flag("TOPOGRAPH_ANONYMOUS_READ"),
  /** One reverse proxy in front: believe its X-Forwarded-For (client address) and X-Forwarded-Proto (https). */
  TOPOGRAPH_TRUST_PROXY: flag("TOPOGRAPH_TRUST_PROXY"),
  /** Requests one API token may make per minute; more are answered 429 (docs/security.md). */
  TOPOGRAPH_TOKEN_RATE_LIMIT: z.coerce
    .number({ error: () => "TOPOGRAPH_TOKEN_RATE_LIMIT must be a whole number of requests per minute." })
    .int("TOPOGRAPH_TOKEN_RATE_LIMIT must be a whole number of requests per minute.")
    .min(1, "TOPOGRAPH_TOKEN_RATE_LIMIT must be at least 1.")
    .default(600),
  /** The portal's address as browsers reach it (behind any proxy); the OpenID Connect redirect URI is built on it. */
  TOPOGRAPH_PUBLIC_URL: optional(
    url(
      "TOPOGRAPH_PUBLIC_URL must be the portal's http(s) address as browsers reach it, without query or fragment, e.g. https://topograph.example.com.",
      (u) => (u.protocol === "https:" || u.protocol === "http:") && !u.search && !u.hash && !u.username,
    ),
  ),
  /** Sign-in through an OpenID Connect provider: its issuer (discovery at /.well-known/openid-configuration). */
  TOPOGRAPH_OIDC_ISSUER: optional(
    url("TOPOGRAPH_OIDC_ISSUER must be an https URL (plain http only for localhost, in tests).", (u) => (u.protocol === "https:" || isLoopbackHttp(u)) && !u.search && !u.hash),
  ),
  TOPOGRAPH_OIDC_CLIENT_ID: optional(z.string().trim().min(1, "TOPOGRAPH_OIDC_CLIENT_ID must not be blank.")),
  /** Never logged; also keys the short-lived sign-in cookie. */
  TOPOGRAPH_OIDC_CLIENT_SECRET: optional(z.string().min(1, "TOPOGRAPH_OIDC_CLIENT_SECRET must not be empty.")),
  /** The sign-in button reads "Sign in with <name>". */
  TOPOGRAPH_OIDC_NAME: optional(z.string().trim().min(1, "TOPOGRAPH_OIDC_NAME must not be blank.").max(60, "TOPOGRAPH_OIDC_NAME must be at most 60 characters.")),
  /** The least severe log lines written: debug adds the health probes' access lines. */
  TOPOGRAPH_LOG_LEVEL: z.enum(["debug", "info", "warn", "error"], { error: () => "TOPOGRAPH_LOG_LEVEL must be debug, info, warn or error." }).default("info"),
  TOPOGRAPH_OIDC_DEFAULT_ROLE: z
    .enum(OIDC_DEFAULT_ROLES, { error: () => "TOPOGRAPH_OIDC_DEFAULT_ROLE must be viewer or editor; make administrators on the Users page." })
    .default("viewer"),
  /**
   * Tracing (OpenTelemetry, OTLP/HTTP): the collector's base address, to which /v1/traces is added,
   * or the traces address itself; tracing is off while neither is set. Never logged in full.
   */
  OTEL_EXPORTER_OTLP_ENDPOINT: optional(url("OTEL_EXPORTER_OTLP_ENDPOINT must be the collector's http(s) address, e.g. http://otel-collector:4318.", isHttpUrl)),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: optional(
    url("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be the collector's http(s) traces address, e.g. http://otel-collector:4318/v1/traces.", isHttpUrl),
  ),
  /** The service name traces carry. */
  OTEL_SERVICE_NAME: optional(z.string().trim().min(1, "OTEL_SERVICE_NAME must not be blank.")).transform((name) => name ?? "topograph"),
  /** The standard switch that keeps tracing off even where an endpoint is set (e.g. for the whole cluster). */
  OTEL_SDK_DISABLED: flag("OTEL_SDK_DISABLED"),
}).refine((env) => env.SHUTDOWN_DRAIN_MS < env.SHUTDOWN_GRACE_MS || env.SHUTDOWN_DRAIN_MS === 0, {
  path: ["SHUTDOWN_DRAIN_MS"],
  message: "SHUTDOWN_DRAIN_MS must be shorter than SHUTDOWN_GRACE_MS: in-flight requests need time to finish after draining.",
}).refine((env) => (env.TOPOGRAPH_ADMIN_EMAIL === undefined) === (env.TOPOGRAPH_ADMIN_PASSWORD === undefined), {
  path: ["TOPOGRAPH_ADMIN_PASSWORD"],
  message: "Set TOPOGRAPH_ADMIN_EMAIL and TOPOGRAPH_ADMIN_PASSWORD together, or neither (a one-time setup link is printed then).",
}).superRefine((env, ctx) => {
  // One provider variable set means the operator wants OpenID Connect: name each one still missing.
  if (!env.TOPOGRAPH_OIDC_ISSUER && !env.TOPOGRAPH_OIDC_CLIENT_ID && !env.TOPOGRAPH_OIDC_CLIENT_SECRET) return;
  for (const name of OIDC_TOGETHER) {
    if (env[name] === undefined) ctx.addIssue({ code: "custom", path: [name], message: `Set ${name} too: OpenID Connect sign-in needs ${OIDC_TOGETHER.join(", ")}.` });
  }
});

export type TEnv = z.infer<typeof ZEnvSchema>;

/** One problem per bad variable; messages name the variable and what it takes, never its value. */
export class ConfigurationError extends Error {
  readonly problems: { variable: string; message: string }[];
  constructor(problems: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join("\n")}`);
    this.problems = problems;
  }
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): TEnv {
  const parsed = ZEnvSchema.safeParse(source);
  if (!parsed.success) throw new ConfigurationError(parsed.error.issues.map((issue) => ({ variable: issue.path.join("."), message: issue.message })));
  return parsed.data;
}

/** The OpenID Connect provider to offer on the sign-in page, or null when none is configured. */
export function oidcSettings(env: TEnv): TOidcSettings | null {
  const { TOPOGRAPH_OIDC_ISSUER: issuer, TOPOGRAPH_OIDC_CLIENT_ID: clientId, TOPOGRAPH_OIDC_CLIENT_SECRET: clientSecret, TOPOGRAPH_PUBLIC_URL: publicUrl } = env;
  if (!issuer || !clientId || !clientSecret || !publicUrl) return null;
  return {
    issuer,
    clientId,
    clientSecret,
    redirectUri: new URL(`${publicUrl.href.replace(/\/$/, "")}${OIDC_CALLBACK_PATH}`),
    label: env.TOPOGRAPH_OIDC_NAME ?? "single sign-on",
    defaultRole: env.TOPOGRAPH_OIDC_DEFAULT_ROLE,
  };
}
