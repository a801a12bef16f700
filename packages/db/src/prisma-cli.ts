import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { REPOSITORY_ROOT } from "./migration-files.ts";

/**
 * Runs the Prisma CLI (on its wasm engine, through the driver adapter of the given config) from the
 * repository root and returns what it printed on stdout; a non-zero exit throws with all its output.
 */
export async function runPrismaCli(args: string[], options: { config?: string; env?: Record<string, string> } = {}): Promise<string> {
  const require = createRequire(import.meta.url);
  const cli = require.resolve("prisma/build/index.js", { paths: [REPOSITORY_ROOT] });
  const config = options.config ?? path.join(REPOSITORY_ROOT, "prisma.config.ts");
  const stdout: string[] = [];
  const all: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args, "--config", config], {
      cwd: REPOSITORY_ROOT,
      env: { ...process.env, ...options.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => (stdout.push(chunk.toString()), all.push(chunk.toString())));
    child.stderr.on("data", (chunk: Buffer) => all.push(chunk.toString()));
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) throw new Error(`prisma ${args[0]} ${args[1] ?? ""} failed (exit ${code}):\n${all.join("")}`);
  return stdout.join("");
}
