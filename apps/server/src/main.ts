import { ScoreRecorder } from "@topograph/api";
import { createDatabase, initialiseCatalog, migrateDatabase } from "@topograph/db";
import { readEnv } from "./env.ts";
import { createApp } from "./http/app.ts";

const log = (severity: string, message: string, fields: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ timestamp: new Date().toISOString(), severity, message, ...fields }));

async function main() {
  const env = readEnv();
  await migrateDatabase(env.DATABASE_URL);
  const db = createDatabase(env.DATABASE_URL);
  const initialisation = await initialiseCatalog(db, { loadDemo: env.TOPOGRAPH_DEMO });
  log("INFO", `Catalog ${initialisation}`, { database: env.DATABASE_URL });

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

  const { server, beginShutdown } = createApp({ db, scores, scanRoots: env.TOPOGRAPH_SCAN_ROOTS, scanGitHosts: env.TOPOGRAPH_SCAN_GIT_HOSTS, webDist: env.TOPOGRAPH_WEB_DIST });
  server.listen(env.PORT, env.HOST, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : env.PORT;
    log("INFO", `Topograph is serving at http://localhost:${port}`, { port });
  });

  const shutdown = (signal: string) => {
    log("INFO", `Received ${signal}; finishing in-flight requests`);
    beginShutdown();
    clearInterval(hourly);
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
