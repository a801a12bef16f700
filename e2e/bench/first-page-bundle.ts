import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

/** One JavaScript file of the built web app, as the first page loads it. */
export interface TChunk {
  file: string;
  bytes: number;
  /** Gzipped at the default level, the measure issue 10's target is set in; browsers get the build's brotli copy, smaller still. */
  gzipBytes: number;
  /** The npm packages bundled into it, from its source map. */
  packages: string[];
}

const quoted = String.raw`["'\x60]\.\/([^"'\x60]+\.js)["'\x60]`;
const STATIC_IMPORT = new RegExp(String.raw`(?:\bfrom|\bimport)\s*${quoted}`, "g");
const DYNAMIC_IMPORT = new RegExp(String.raw`\bimport\(\s*${quoted}\s*\)`, "g");

function chunk(dist: string, file: string): TChunk {
  const text = fs.readFileSync(path.join(dist, file));
  const map = path.join(dist, `${file}.map`);
  const sources: string[] = fs.existsSync(map) ? (JSON.parse(fs.readFileSync(map, "utf8")) as { sources: string[] }).sources : [];
  const packages = new Set(sources.flatMap((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1] ?? []));
  return { file, bytes: text.length, gzipBytes: zlib.gzipSync(text).length, packages: [...packages].sort() };
}

/** The files a module imports statically, directly and through them, the module included. */
function closure(dist: string, roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = fs.readFileSync(path.join(dist, file), "utf8");
    for (const match of text.matchAll(STATIC_IMPORT)) queue.push(path.posix.join(path.posix.dirname(file), match[1]!));
  }
  return [...seen];
}

/**
 * The JavaScript of the first page, read from the build: `entry` is what index.html loads (its
 * module script, its modulepreloads and everything they import statically); `startup` adds the
 * modules the entry imports dynamically, which main.tsx does at once (the app itself, imported
 * after the CSP-safe zod setting), with their static imports. Lazy routes, graphs and Mermaid are
 * only in chunks imported later.
 */
export function firstPageChunks(dist: string): { entry: TChunk[]; startup: TChunk[] } {
  const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
  const loaded = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const entryFiles = closure(dist, loaded);
  const started = loaded.flatMap((file) => [...fs.readFileSync(path.join(dist, file), "utf8").matchAll(DYNAMIC_IMPORT)].map((m) => path.posix.join(path.posix.dirname(file), m[1]!)));
  const startupFiles = closure(dist, [...entryFiles, ...started]);
  return { entry: entryFiles.map((file) => chunk(dist, file)), startup: startupFiles.map((file) => chunk(dist, file)) };
}

export const total = (chunks: readonly TChunk[], size: "bytes" | "gzipBytes") => chunks.reduce((sum, c) => sum + c[size], 0);
