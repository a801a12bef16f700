import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";

const SERVER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The server as operators run it: its own process, reading only the environment given here. */
export interface TServerProcess {
  child: ChildProcessWithoutNullStreams;
  /** Each stdout line parsed as JSON, as it arrives. */
  // biome-ignore lint/suspicious/noExplicitAny: test-only JSON lines
  lines: any[];
  stdout: () => string;
  stderr: () => string;
  databaseFile: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

/**
 * Starts `src/main.ts` under tsx on a copy of the migrated template database (start-up still runs
 * `prisma migrate deploy`, which finds nothing to do) on a free loopback port; given a
 * `databaseFile`, on that file as it is (a restart after a crash, say).
 */
export function startServerProcess(env: Record<string, string>, options: { databaseFile?: string } = {}): TServerProcess {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-process-"));
  const databaseFile = options.databaseFile ?? path.join(dir, "topograph.db");
  if (!options.databaseFile) fs.copyFileSync(inject("templateDatabase"), databaseFile);
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: SERVER_DIR,
    env: {
      PATH: process.env.PATH ?? "",
      PORT: "0",
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${databaseFile}`,
      TOPOGRAPH_DEMO: "false",
      TOPOGRAPH_WEB_DIST: path.join(dir, "no-web-app"),
      ...env,
    },
  });
  let stdout = "";
  let stderr = "";
  let partial = "";
  const lines: TServerProcess["lines"] = [];
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    const complete = (partial + chunk).split("\n");
    partial = complete.pop() ?? "";
    for (const line of complete) lines.push(JSON.parse(line));
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  return { child, lines, stdout: () => stdout, stderr: () => stderr, databaseFile, exited };
}

/** Resolves with the port once the server says it is serving; rejects when it exits first. */
export async function servingPort(server: TServerProcess, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void server.exited.then(() => (exited = true));
  while (Date.now() < deadline && !exited) {
    const serving = server.lines.find((line) => typeof line.message === "string" && line.message.startsWith("Topograph is serving"));
    if (serving) return serving.port as number;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The server did not start:\n${server.stdout()}\n${server.stderr()}`);
}
