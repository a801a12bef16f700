import { JOB_BODIES, JobScheduler, ScoreRecorder, TOKEN_LIMITS, TokenLimiter } from "@topograph/api";
import { createDatabase, initialiseCatalog, initialiseIdentity, isPostgresUrl, migrateDatabase, sqliteFilePath, withStartupLock } from "@topograph/db";
import { holdDatabase } from "./database-holder.ts";
import { loggableDatabaseUrl } from "./logging/database-url.ts";
import { ConfigurationError, oidcSettings, readEnv } from "./env.ts";
import { createApp } from "./http/app.ts";
import { identityLogEntries } from "./identity-log.ts";
import { createLogger, logAt, type TLogger } from "./logging/logger.ts";
import { tracingSettings } from "./telemetry/settings.ts";
import { startTracing } from "./telemetry/tracing.ts";

async function main(logger: TLogger, env: ReturnType<typeof readEnv>) {
  // First, so every request is traced from the first one; nothing is started without an endpoint.
  const traces = tracingSettings(env);
  const tracing = traces ? startTracing(traces, logger) : null;
  const db = createDatabase(env.DATABASE_URL);
  // Replicas starting together on a new PostgreSQL database take turns here: one initialises, the rest find it done.
  const { initialisation, identity } = await withStartupLock(env.DATABASE_URL, async () => {
    await migrateDatabase(env.DATABASE_URL);
    const initialisation = await initialiseCatalog(db, { loadDemo: env.TOPOGRAPH_DEMO });
    // The first administrator (or a one-time setup link), and demo users if the demo was just loaded.
    const identity = await initialiseIdentity(
      db,
      initialisation,
      { adminEmail: env.TOPOGRAPH_ADMIN_EMAIL, adminPassword: env.TOPOGRAPH_ADMIN_PASSWORD, demoPassword: env.TOPOGRAPH_DEMO_PASSWORD },
      new Date(),
    );
    return { initialisation, identity };
  });
  logger.info({ database: loggableDatabaseUrl(env.DATABASE_URL) }, `Catalog ${initialisation}`);

  const scores = new ScoreRecorder(db, () => new Date(), (error) => logger.error({ error: String(error) }, "Recording scores failed"));
  // Score snapshots, evidence re-reads, expiry and session clean-up: every replica polls, the Job
  // rows let one replica run each due job (admin page /admin/jobs). Jobs never due yet run now.
  const jobs = new JobScheduler({
    db,
    scores,
    now: () => new Date(),
    scanRoots: env.TOPOGRAPH_SCAN_ROOTS,
    scanGitHosts: env.TOPOGRAPH_SCAN_GIT_HOSTS,
    replica: env.TOPOGRAPH_REPLICA,
    intervals: { "score-snapshots": env.SCORE_RECORDING_INTERVAL_MS, "evidence-rescan": env.EVIDENCE_RESCAN_INTERVAL_MS, expiry: env.EXPIRY_INTERVAL_MS, "session-cleanup": env.SESSION_CLEANUP_INTERVAL_MS },
    bodies: JOB_BODIES,
    pollMs: env.JOB_POLL_INTERVAL_MS,
    // A run that stops renewing (its replica died) is taken over after this long.
    leaseMs: 5 * 60 * 1000,
    onRun: ({ job, trigger, result, summary, durationMs }) => logAt(logger, result === "ok" ? "INFO" : "ERROR", `Job ${job}: ${summary}`, { job, trigger, result, durationMs, replica: env.TOPOGRAPH_REPLICA }),
    onError: (error, job) => logger.error({ job, error: String(error) }, `Job ${job}: the database failed while claiming or releasing it`),
  });
  await jobs.start();

  const { server, beginShutdown } = createApp({
    db,
    scores,
    scanRoots: env.TOPOGRAPH_SCAN_ROOTS,
    scanGitHosts: env.TOPOGRAPH_SCAN_GIT_HOSTS,
    webDist: env.TOPOGRAPH_WEB_DIST,
    trustProxy: env.TOPOGRAPH_TRUST_PROXY,
    tokenLimiter: new TokenLimiter({ ...TOKEN_LIMITS, requestsPerMinute: env.TOPOGRAPH_TOKEN_RATE_LIMIT }),
    oidc: oidcSettings(env),
    anonymousRead: env.TOPOGRAPH_ANONYMOUS_READ,
    jobScheduler: jobs,
    traceRequests: tracing !== null,
    logger,
  });
  // `topograph restore` refuses to replace the file while this mark names a live process.
  // Marks the SQLite file as held, so `topograph restore` leaves it alone; PostgreSQL guards itself.
  const releaseDatabase = isPostgresUrl(env.DATABASE_URL) ? () => {} : holdDatabase(sqliteFilePath(env.DATABASE_URL));
  server.listen(env.PORT, env.HOST, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : env.PORT;
    logger.info({ port }, `Topograph is serving at http://localhost:${port}`);
    for (const entry of identityLogEntries(identity, `http://localhost:${port}`)) logAt(logger, entry.severity, entry.message, entry.fields);
  });

  // SIGTERM: /readyz answers 503 at once; for SHUTDOWN_DRAIN_MS the server still serves, so load
  // balancers see it unready and stop sending requests; then it stops listening, requests in
  // flight finish on their connections, idle keep-alive connections close, and it exits 0 when the
  // last one is done, or 1 when SHUTDOWN_GRACE_MS (counted from the signal) runs out first.
  // Ctrl-C (SIGINT) skips the drain: nobody balances load onto a developer's terminal.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    const drainMs = signal === "SIGTERM" ? env.SHUTDOWN_DRAIN_MS : 0;
    logger.info({ signal, drainMs, graceMs: env.SHUTDOWN_GRACE_MS }, `Received ${signal}; unready now, finishing in-flight requests`);
    beginShutdown();
    setTimeout(() => {
      logger.info("Stopped accepting connections");
      stopListening();
    }, drainMs);
    setTimeout(() => {
      logger.error({ graceMs: env.SHUTDOWN_GRACE_MS }, "Requests still in flight when the grace period ran out; exiting");
      releaseDatabase();
      process.exit(1);
    }, env.SHUTDOWN_GRACE_MS).unref();
  };
  const stopListening = () => {
    server.close(async () => {
      // Runs in progress finish and release their claims; none starts now.
      await jobs.stop();
      await scores.idle();
      await db.$disconnect();
      await tracing?.shutdown();
      releaseDatabase();
      logger.info("Shut down cleanly");
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

let env: ReturnType<typeof readEnv>;
try {
  env = readEnv();
} catch (error) {
  // One line per bad variable, each naming it; values are never repeated (they may be secrets).
  const logger = createLogger();
  if (!(error instanceof ConfigurationError)) throw error;
  for (const { variable, message } of error.problems) logger.error({ variable }, `Invalid configuration: ${variable}: ${message}`);
  process.exit(1);
}
const logger = createLogger(env.TOPOGRAPH_LOG_LEVEL);
main(logger, env).catch((error: unknown) => {
  logger.error({ error: error instanceof Error ? error.stack : String(error) }, error instanceof Error ? error.message : String(error));
  process.exit(1);
});
