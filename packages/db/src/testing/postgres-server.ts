import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/** Where Debian's postgresql-15 package puts the server's programs; POSTGRES_BIN overrides it. */
export const POSTGRES_BIN = process.env.POSTGRES_BIN ?? "/usr/lib/postgresql/15/bin";

export interface TPostgresServer {
  /** The server's administrative URL (the `postgres` database, user `postgres`, trust auth). */
  readonly url: string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server at once and removes its files. */
  stop(): Promise<void>;
}

/**
 * Starts a throwaway PostgreSQL cluster: `initdb` in a temporary folder, `pg_ctl start` on a free
 * loopback port, durability off (a test cluster is thrown away). Run as root, the cluster belongs
 * to the `postgres` user, as the server refuses to run as root. Missing binaries fail loudly.
 */
export async function startPostgresServer(): Promise<TPostgresServer> {
  const initdb = path.join(POSTGRES_BIN, "initdb");
  if (!fs.existsSync(initdb)) {
    throw new Error(`PostgreSQL server binaries not found (${initdb}). Install them with \`apt-get install -y postgresql-15\` (.ci/run does) or set POSTGRES_BIN.`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "topograph-pg-"));
  const data = path.join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync("chown", ["postgres:postgres", dir]);
  const run = (program: string, args: string[]) => {
    const [command, commandArgs] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(POSTGRES_BIN, program), ...args]] : [path.join(POSTGRES_BIN, program), args];
    const result = spawnSync(command, commandArgs, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${program} failed (exit ${result.status}): ${result.stderr || result.stdout || result.error?.message}`);
  };

  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"]);
  const port = await freePort();
  const settings = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const stopNow = () => spawnSync(asRoot ? "runuser" : path.join(POSTGRES_BIN, "pg_ctl"), [...(asRoot ? ["-u", "postgres", "--", path.join(POSTGRES_BIN, "pg_ctl")] : []), "-D", data, "-m", "immediate", "-w", "stop"]);
  try {
    run("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-o", settings, "-w", "-t", "30", "start"]);
  } catch (error) {
    const log = fs.existsSync(path.join(dir, "server.log")) ? fs.readFileSync(path.join(dir, "server.log"), "utf8") : "";
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`${(error as Error).message}\n${log}`);
  }
  // A test process that dies without stop() must not leave a server running.
  const onExit = () => stopNow();
  process.once("exit", onExit);

  const base = `postgres://postgres@127.0.0.1:${port}`;
  return {
    url: `${base}/postgres`,
    async createDatabase(name) {
      if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`Database name "${name}": lowercase letters, digits and _ only.`);
      const admin = new pg.Client({ connectionString: `${base}/postgres` });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}"`);
      } finally {
        await admin.end();
      }
      return `${base}/${name}`;
    },
    async stop() {
      process.off("exit", onExit);
      stopNow();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
