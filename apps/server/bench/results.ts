import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPOSITORY_ROOT } from "@topograph/db";

/** Nearest-rank percentile of durations in milliseconds. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The machine a figure was taken on, and how busy it was: the load average says whether it was shared. */
export function machine() {
  return { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100) };
}

/** Writes bench-results/<name>.json, as every benchmark of `npm run bench` does. */
export function writeResults(name: string, results: Record<string, unknown>): string {
  const dir = path.join(REPOSITORY_ROOT, "bench-results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), machine: machine(), ...results }, null, 2));
  return file;
}

export const ms = (value: number) => Math.round(value * 10) / 10;
