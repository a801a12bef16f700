import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { REPOSITORY_ROOT } from "@topograph/db";

const ADMIN = { email: "bench.admin@example.com", password: "benchmark-password-1" };

export interface TBenchServer {
  url: string;
  /** The signed-in administrator's session cookie, as a browser sends it. */
  cookie: string;
  /** How long start-up took until the first score recording finished. */
  readyMs: number;
  stop(): Promise<void>;
}

/** One JSON log line of the server. */
type TLogLine = { message?: string; [field: string]: unknown };

/**
 * The production build (`apps/server/dist/main.js`) in its own process on loopback, on the given
 * database, configured only through its environment as an operator would. Resolves once it
 * serves and its start-up score recording is done (so no background work competes with the
 * measurements), signed in as an administrator created from the environment.
 */
export async function startProductionServer(databaseFile: string, port: number, options: { env?: Record<string, string>; nodeArguments?: string[] } = {}): Promise<TBenchServer> {
  const started = performance.now();
  // nodeArguments: e.g. --cpu-prof, to see where a slow request spends its time.
  const child = spawn(process.execPath, [...(options.nodeArguments ?? []), path.join(REPOSITORY_ROOT, "apps/server/dist/main.js")], {
    cwd: REPOSITORY_ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${databaseFile}`,
      TOPOGRAPH_DEMO: "false",
      TOPOGRAPH_ADMIN_EMAIL: ADMIN.email,
      TOPOGRAPH_ADMIN_PASSWORD: ADMIN.password,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: TLogLine[] = [];
  let stderr = "";
  let partial = "";
  // Always drained: at thousands of requests a second the access log must not back up the server.
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    const complete = (partial + chunk).split("\n");
    partial = complete.pop() ?? "";
    // Only the few lines waited for are parsed; the access log is skipped unread.
    for (const line of complete) if (/Topograph is serving|scores|score-snapshots/.test(line)) lines.push(JSON.parse(line) as TLogLine);
  });
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.on("exit", (code) => {
      exitCode = code;
      resolve();
    }),
  );

  const waitFor = async (what: string, seen: (line: TLogLine) => boolean, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (exitCode !== undefined) throw new Error(`The server exited (${exitCode}) before ${what}:\n${stderr}\n${JSON.stringify(lines.slice(-5))}`);
      const failed = lines.find((line) => line.message === "Recording scores failed" || (line.job === "score-snapshots" && line.result !== "ok"));
      if (failed) throw new Error(`The server's score recording failed: ${JSON.stringify(failed)}`);
      if (lines.some(seen)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The server did not log ${what} within ${timeoutMs / 1000} s.`);
  };
  try {
    await waitFor("that it serves", (line) => line.message?.startsWith("Topograph is serving") === true, 120_000);
    // The start-up recording of score history: a log line of its own, or the score-snapshots job's (scheduled jobs).
    await waitFor("its first score recording", (line) => line.message === "Recorded scores" || line.job === "score-snapshots", 600_000);
  } catch (error) {
    stop(child);
    throw error;
  }
  const readyMs = performance.now() - started;
  const url = `http://127.0.0.1:${port}`;
  const cookie = await signIn(url);
  return {
    url,
    cookie,
    readyMs,
    stop: async () => {
      stop(child);
      await exited;
    },
  };
}

function stop(child: ChildProcess) {
  if (child.exitCode === null) child.kill("SIGTERM");
}

/** Signs in as a browser does and returns the session cookie. */
async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/trpc/auth.signIn`, { method: "POST", headers: { "content-type": "application/json", origin: url }, body: JSON.stringify(ADMIN) });
  const setCookie = response.headers.getSetCookie()[0];
  if (!response.ok || !setCookie) throw new Error(`Signing in failed: HTTP ${response.status} ${await response.text()}`);
  return setCookie.split(";")[0]!;
}
