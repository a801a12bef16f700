import { expect, onTestFinished } from "vitest";
import { servingPort, startServerProcess, type TServerProcess } from "../../testing/server-process.ts";
import { expectData, portalPool, signIn, type TPortalSession } from "./portal-session.ts";
import { ADMIN, DEMO_PASSWORD } from "./settings.ts";

/** A server process of the resilience tests, and where it listens. */
export interface TRunningServer {
  server: TServerProcess;
  origin: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const killIfRunning = (server: TServerProcess) => {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill("SIGKILL");
};

/** Servers still running when the test process exits (a test that timed out, a hook that threw) die with it. */
const started = new Set<TServerProcess>();
process.once("exit", () => started.forEach(killIfRunning));

/**
 * A server on `databaseFile` (a copy of the template when absent), with one administrator (and the
 * demo organisation with its editors, when asked for on a new database), that has finished
 * starting: it serves, and none of its scheduled jobs (which write) is running or due. Started in
 * a test, it is killed when the test ends unless the test stopped it.
 */
export async function startServer(options: { databaseFile?: string; demo?: boolean } = {}): Promise<TRunningServer> {
  const env = { TOPOGRAPH_ADMIN_EMAIL: ADMIN.email, TOPOGRAPH_ADMIN_PASSWORD: ADMIN.password, TOPOGRAPH_DEMO: String(options.demo ?? false), TOPOGRAPH_DEMO_PASSWORD: DEMO_PASSWORD };
  const server = startServerProcess(env, options.databaseFile ? { databaseFile: options.databaseFile } : {});
  started.add(server);
  void server.exited.then(() => started.delete(server));
  const kill = () => killIfRunning(server);
  try {
    const running = { server, origin: `http://127.0.0.1:${await servingPort(server, 60_000)}` };
    const portal = await administrator(running);
    const deadline = Date.now() + 120_000;
    const settled = (jobs: { status: string; nextRunAt: string }[]) => jobs.every((job) => (job.status === "ok" || job.status === "failed") && Date.parse(job.nextRunAt) > Date.now());
    while (!settled(await expectData(portal.query<{ status: string; nextRunAt: string }[]>("job.list")))) {
      if (Date.now() > deadline) throw new Error("The server's start-up jobs did not finish within two minutes.");
      await sleep(50);
    }
    // Started inside a test, it dies with the test at the latest; started in a hook, the suite's own hook stops it.
    if (expect.getState().currentTestName !== undefined) onTestFinished(kill);
    return running;
  } catch (error) {
    kill();
    throw error;
  }
}

/** The administrator's session on the server. */
export function administrator({ origin }: TRunningServer): Promise<TPortalSession> {
  return signIn(portalPool(origin, 2), origin, ADMIN);
}

/** What /readyz answers. */
export async function readiness({ origin }: TRunningServer): Promise<{ status: number; body: { status: string } }> {
  const response = await fetch(`${origin}/readyz`);
  return { status: response.status, body: (await response.json()) as { status: string } };
}

/** SIGTERM, and a clean exit. */
export async function stop({ server }: TRunningServer): Promise<void> {
  server.child.kill("SIGTERM");
  expect((await server.exited).code).toBe(0);
}
