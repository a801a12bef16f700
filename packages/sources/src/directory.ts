import fs from "node:fs/promises";
import path from "node:path";
import { DEFAULT_READ_LIMITS, SKIPPED_DIRECTORIES, SourceFileCollector, isWantedFile, type TReadLimits, type TReadResult } from "./source-files.ts";

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
  const collector = new SourceFileCollector(limits);

  const readOne = async (full: string, relative: string) => {
    if (!collector.hasRoom(relative)) return;
    const real = await fs.realpath(full);
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
      collector.report(relative, "A symbolic link that leads outside the scanned tree; not read.");
      return;
    }
    const info = await fs.stat(real);
    if (!collector.fits(relative, info.size)) return;
    collector.add(relative, await fs.readFile(real));
  };

  const walk = async (directory: string): Promise<void> => {
    const entries = (await fs.readdir(directory, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(directory, entry.name);
      const relative = path.relative(root, full).split(path.sep).join("/");
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) await walk(full);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isWantedFile(relative)) {
        await readOne(full, relative);
      }
    }
  };

  if (stat.isDirectory()) await walk(absolute);
  else await readOne(absolute, path.basename(absolute));
  return collector.result(root);
}
