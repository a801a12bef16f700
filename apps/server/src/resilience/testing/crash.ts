import Database from "better-sqlite3";
import type { TDatabase } from "@topograph/db";
import { expect } from "vitest";
import type { TServerProcess } from "../../testing/server-process.ts";
import type { TCallResult, TPortalSession } from "./portal-session.ts";
import { administrator, readiness, startServer, stop, type TRunningServer } from "./running-server.ts";
import { readStored } from "./stored.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Whether a write transaction is open on the database: from its first write until its commit, its
 * connection holds SQLite's write lock, so another connection cannot begin one. (In WAL mode the
 * uncommitted pages stay in the writer's memory, so no file shows it.) The probe takes the lock for
 * an instant when it is free; the server's connection waits out such an instant (busy timeout).
 */
class WriteLockProbe {
  readonly #db: Database.Database;

  constructor(databaseFile: string) {
    this.#db = new Database(databaseFile, { fileMustExist: true, timeout: 0 });
  }

  writeInProgress(): boolean {
    try {
      this.#db.exec("BEGIN IMMEDIATE");
    } catch (error) {
      if ((error as { code?: string }).code === "SQLITE_BUSY") return true;
      throw error;
    }
    this.#db.exec("ROLLBACK");
    return false;
  }

  close(): void {
    this.#db.close();
  }
}

/** Resolves once no write transaction has been open for a moment: the server's background writes are done. */
async function quiet(probe: WriteLockProbe, databaseFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (let calm = 0; calm < 5; calm = probe.writeInProgress() ? 0 : calm + 1) {
    if (Date.now() > deadline) throw new Error(`A write transaction on ${databaseFile} stayed open for a minute.`);
    await sleep(20);
  }
}

/** Resolves once a write transaction begins writing (polled at every turn of the event loop). */
async function writeTransactionBegins(probe: WriteLockProbe, databaseFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!probe.writeInProgress()) {
    if (Date.now() > deadline) throw new Error(`No write transaction began on ${databaseFile} within a minute.`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** SIGKILL: no handler runs, nothing is flushed or committed. */
async function killAbruptly(server: TServerProcess): Promise<void> {
  server.child.kill("SIGKILL");
  expect((await server.exited).signal).toBe("SIGKILL");
}

/** SQLite's integrity check on the file, and what `read` finds there. */
export function inspect<T>(databaseFile: string, read: (db: TDatabase) => Promise<T>): Promise<{ integrity: string; found: T }> {
  return readStored(databaseFile, async (db) => {
    const rows = await db.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
    return { integrity: rows.map((row) => row.integrity_check).join("; "), found: await read(db) };
  });
}

/** A long write to interrupt: the database it starts from, what must be found there before and after it, and the request. */
export interface TCrashCase<T> {
  /** A fresh database with a server started on it; `before` and `after` are what `read` must find. */
  prepare: () => Promise<{ running: TRunningServer; before: T; after: T }>;
  work: (portal: TPortalSession) => Promise<TCallResult<unknown>>;
  read: (db: TDatabase) => Promise<T>;
}

/** One kill: how long after the work's first write, whether its transaction was still open then, and what the restart found. */
export interface TCrashRun {
  killedAfterMs: number;
  transactionOpenAtKill: boolean;
  found: "before" | "after";
}

/** Later tries kill sooner, in case the work finished before the kill: the last kills at the first write. */
const KILL_AFTER_MS = [150, 30, 0];

/**
 * Kills the server with SIGKILL while `work` runs, restarts it on the same file and checks it:
 * ready, SQLite's integrity check passes, and the work is there entirely (the kill came after its
 * commit) or not at all (the transaction was still open and the answer had not come). When the
 * work beat the kill, it tries again on a fresh database, killing sooner, until a kill lands in
 * the middle. Returns the runs and the restarted server, its database as before the work.
 */
export async function crashInTheMiddle<T>(crash: TCrashCase<T>): Promise<{ runs: TCrashRun[]; restarted: TRunningServer; after: T }> {
  const runs: TCrashRun[] = [];
  for (const killedAfterMs of KILL_AFTER_MS) {
    const { running, before, after } = await crash.prepare();
    const file = running.server.databaseFile;
    const portal = await administrator(running);
    const probe = new WriteLockProbe(file);
    await quiet(probe, file);
    let answered = false;
    const answer = crash.work(portal).finally(() => (answered = true));
    answer.catch(() => {}); // a kill after the answer leaves nothing to see here
    await writeTransactionBegins(probe, file);
    await sleep(killedAfterMs);
    // Still open and unanswered: the kill lands inside the transaction (a commit lets go of the write lock before the answer is sent).
    const transactionOpenAtKill = probe.writeInProgress() && !answered;
    // Closed first, so the restart finds the file as a crash of its only user leaves it.
    probe.close();
    await killAbruptly(running.server);
    if (transactionOpenAtKill) await expect(answer).rejects.toThrow();

    const restarted = await startServer({ databaseFile: file });
    expect(await readiness(restarted)).toEqual({ status: 200, body: expect.objectContaining({ status: "ready" }) });
    const { integrity, found } = await inspect(file, crash.read);
    expect(integrity).toBe("ok");
    expect(found).toEqual(transactionOpenAtKill ? before : after);
    runs.push({ killedAfterMs, transactionOpenAtKill, found: transactionOpenAtKill ? "before" : "after" });
    if (transactionOpenAtKill) return { runs, restarted, after };
    await stop(restarted);
  }
  throw new Error(`Every kill came after the work had committed: ${JSON.stringify(runs)}`);
}

/** Asks /healthz every 100 ms until `done` settles; the slowest answer, in milliseconds. */
async function slowestLiveness(origin: string, done: Promise<unknown>): Promise<number> {
  let settled = false;
  void done.finally(() => (settled = true)).catch(() => {});
  let slowest = 0;
  while (!settled) {
    const started = performance.now();
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    slowest = Math.max(slowest, performance.now() - started);
    await sleep(100);
  }
  return Math.round(slowest);
}

/**
 * Runs `work` to its answer, SIGKILLs the server at once, restarts it on the same file and checks
 * that what it acknowledged survived: ready, intact, and `after` found. Meanwhile /healthz must
 * keep answering within a second (Kubernetes' default liveness timeout), however long the work.
 * Returns the work's duration, the slowest liveness answer and the restarted server.
 */
export async function crashAfterTheAnswer<T>(running: TRunningServer, crash: Pick<TCrashCase<T>, "work" | "read">, after: T): Promise<{ workMs: number; livenessMs: number; restarted: TRunningServer }> {
  const portal = await administrator(running);
  const started = performance.now();
  const working = crash.work(portal);
  const livenessMs = await slowestLiveness(running.origin, working);
  const answer = await working;
  const workMs = Math.round(performance.now() - started);
  await killAbruptly(running.server);
  expect(answer.status, answer.error?.message).toBe(200);
  expect(livenessMs).toBeLessThan(1000);

  const restarted = await startServer({ databaseFile: running.server.databaseFile });
  expect(await readiness(restarted)).toEqual({ status: 200, body: expect.objectContaining({ status: "ready" }) });
  expect(await inspect(running.server.databaseFile, crash.read)).toEqual({ integrity: "ok", found: after });
  return { workMs, livenessMs, restarted };
}
