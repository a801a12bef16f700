import { ScoreRecorder, TOKEN_LIMITS, TokenLimiter } from "@topograph/api";
import { createDatabase, deleteExpiredSessions, initialiseCatalog, initialiseIdentity, migrateDatabase } from "@topograph/db";
import { oidcSettings, readEnv } from "./env.ts";
import { createApp } from "./http/app.ts";
import { identityLogEntries } from "./identity-log.ts";

const log = (severity: string, message: string, fields: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ timestamp: new Date().toISOString(), severity, message, ...fields }));

async function main() {
  const env = readEnv();
  await migrateDatabase(env.DATABASE_URL);
  const db = createDatabase(env.DATABASE_URL);
  const initialisation = await initialiseCatalog(db, { loadDemo: env.TOPOGRAPH_DEMO });
  log("INFO", `Catalog ${initialisation}`, { database: env.DATABASE_URL });
  // The first administrator (or a one-time setup link), and demo users if the demo was just loaded.
  const identity = await initialiseIdentity(
    db,
    initialisation,
    { adminEmail: env.TOPOGRAPH_ADMIN_EMAIL, adminPassword: env.TOPOGRAPH_ADMIN_PASSWORD, demoPassword: env.TOPOGRAPH_DEMO_PASSWORD },
    new Date(),
  );

  const scores = new ScoreRecorder(db, () => new Date(), (error) => log("ERROR", "Recording scores failed", { error: String(error) }));
  // Score history: a recording now (daily snapshots that are due), then hourly; each entity gets a
  // snapshot when its result changes and at least once a day. Issue 9 moves this under a job lock.
  const recordDaily = () =>
    scores.record("daily").then(
      (r) => log("INFO", "Recorded scores", { ...r }),
      (error: unknown) => log("ERROR", "Recording scores failed", { error: String(error) }),
    );
  void recordDaily();
  const hourly = setInterval(recordDaily, env.SCORE_RECORDING_INTERVAL_MS);
  hourly.unref();
  // Expired sessions are refused anyway; their rows go hourly.
  const sweepSessions = setInterval(
    () => void deleteExpiredSessions(db, new Date()).catch((error: unknown) => log("ERROR", "Deleting expired sessions failed", { error: String(error) })),
    60 * 60 * 1000,
  );
  sweepSessions.unref();

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
  });
  server.listen(env.PORT, env.HOST, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : env.PORT;
    log("INFO", `Topograph is serving at http://localhost:${port}`, { port });
    for (const entry of identityLogEntries(identity, `http://localhost:${port}`)) log(entry.severity, entry.message, entry.fields);
  });

  const shutdown = (signal: string) => {
    log("INFO", `Received ${signal}; finishing in-flight requests`);
    beginShutdown();
    clearInterval(hourly);
    clearInterval(sweepSessions);
    server.close(async () => {
      await scores.idle();
      await db.$disconnect();
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), env.SHUTDOWN_GRACE_MS).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  log("ERROR", error instanceof Error ? error.message : String(error));
  process.exit(1);
});
