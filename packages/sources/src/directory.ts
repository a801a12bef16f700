import fs from "node:fs/promises";
import path from "node:path";
import type { TScanProblem, TSourceFile } from "@topograph/domain";

/** Limits that keep a scan of an unknown tree bounded; a file over a limit is a problem, not a crash. */
export interface TReadLimits {
  maxFileBytes: number;
  maxFiles: number;
  maxTotalBytes: number;
}

export const DEFAULT_READ_LIMITS: TReadLimits = { maxFileBytes: 2 * 1024 * 1024, maxFiles: 50_000, maxTotalBytes: 500 * 1024 * 1024 };

/** Files the evidence readers understand: YAML and JSON (manifests, workflows, pacts) and CODEOWNERS. */
const WANTED = /(\.ya?ml|\.json)$|(^|\/)CODEOWNERS$/;
const SKIPPED_DIRECTORIES = new Set([".git", "node_modules", ".terraform", "vendor"]);

export interface TReadResult {
  root: string;
  files: TSourceFile[];
  problems: TScanProblem[];
}

const problem = (file: string, message: string): TScanProblem => ({ file, line: 1, column: 1, message });

/**
 * Reads the files of a directory (or one file) that evidence readers understand, with paths relative
 * to the root. Binary and oversized files, symbolic links leading outside the root, and anything past
 * the limits are reported and skipped; the rest is read.
 */
export async function readSourceTree(target: string, limits: TReadLimits = DEFAULT_READ_LIMITS): Promise<TReadResult> {
  const absolute = path.resolve(target);
  const stat = await fs.stat(absolute);
  const root = stat.isDirectory() ? absolute : path.dirname(absolute);
  const realRoot = await fs.realpath(root);
  const files: TSourceFile[] = [];
  const problems: TScanProblem[] = [];
  let totalBytes = 0;

  const readOne = async (full: string, relative: string) => {
    if (files.length >= limits.maxFiles) {
      if (files.length === limits.maxFiles) problems.push(problem(relative, `Stopped after ${limits.maxFiles} files; the rest of the tree was not read.`));
      return;
    }
    const real = await fs.realpath(full);
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
      problems.push(problem(relative, "A symbolic link that leads outside the scanned tree; not read."));
      return;
    }
    const info = await fs.stat(real);
    if (info.size > limits.maxFileBytes) {
      problems.push(problem(relative, `The file is ${Math.round(info.size / 1024)} KB, over the ${Math.round(limits.maxFileBytes / 1024)} KB a file may have; not read.`));
      return;
    }
    if (totalBytes + info.size > limits.maxTotalBytes) {
      problems.push(problem(relative, `The tree is over ${Math.round(limits.maxTotalBytes / 1024 / 1024)} MB; this file and the rest were not read.`));
      return;
    }
    const bytes = await fs.readFile(real);
    if (bytes.subarray(0, 8192).includes(0)) {
      problems.push(problem(relative, "A binary file; not read."));
      return;
    }
    totalBytes += info.size;
    files.push({ path: relative, text: bytes.toString("utf8") });
  };

  const walk = async (directory: string): Promise<void> => {
    const entries = (await fs.readdir(directory, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(directory, entry.name);
      const relative = path.relative(root, full).split(path.sep).join("/");
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(full);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && WANTED.test(relative)) {
        await readOne(full, relative);
      }
    }
  };

  if (stat.isDirectory()) await walk(absolute);
  else await readOne(absolute, path.basename(absolute));
  return { root, files, problems };
}
