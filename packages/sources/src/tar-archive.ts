import zlib from "node:zlib";
import { extract as tarExtract, type Extract, type Header } from "tar-stream";
import { FileContent, isWorthReading, safeEntryPath, stopAt, UnpackBudget, type TArchiveEntry, type TArchiveListing, type TEntryKind } from "./archive-entry.ts";
import type { TReadLimits } from "./source-files.ts";

const KINDS: Partial<Record<Header["type"], TEntryKind>> = {
  file: "file",
  "contiguous-file": "file",
  directory: "directory",
  symlink: "symlink",
  link: "hardlink",
};

/**
 * Lists a gzipped tar archive in memory. Unpacked bytes are counted as they leave gunzip, before
 * tar parses them, so the byte limit holds for padding and unread entries too.
 */
export async function listTarGz(bytes: Uint8Array, limits: TReadLimits): Promise<TArchiveListing> {
  const budget = new UnpackBudget(limits);
  const gunzip = zlib.createGunzip();
  const extract = tarExtract();
  const feeding = feed(gunzip, extract, budget);
  gunzip.end(bytes);

  const entries: TArchiveEntry[] = [];
  let current: string | undefined;
  try {
    for await (const entry of extract) {
      const { name, type, size } = entry.header;
      current = name;
      budget.countEntry();
      const path = safeEntryPath(name);
      const kind = KINDS[type] ?? "other";
      if (path === undefined) entries.push({ kind: "unsafe", name });
      else if (kind !== "file") entries.push({ kind, path });
      else if (!isWorthReading(path)) entries.push({ kind, path, size });
      else {
        const content = new FileContent(limits.maxFileBytes);
        for await (const chunk of entry) content.append(chunk as Buffer);
        entries.push(content.entry(path, size));
        continue;
      }
      entry.resume();
    }
    return { entries };
  } catch (error) {
    return { entries, stop: stopAt(current, error) };
  } finally {
    gunzip.destroy();
    await feeding;
  }
}

/** Pipes gunzip into the tar parser by hand, so the budget sees every byte and errors reach the parser. */
async function feed(gunzip: zlib.Gunzip, extract: Extract, budget: UnpackBudget): Promise<void> {
  try {
    for await (const chunk of gunzip) {
      budget.spend((chunk as Buffer).byteLength);
      if (extract.destroyed) return;
      if (!extract.write(chunk)) await drainedOrClosed(extract);
    }
    extract.end(undefined);
  } catch (error) {
    extract.destroy(error as Error);
  }
}

function drainedOrClosed(extract: Extract): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      extract.off("drain", done).off("close", done);
      resolve();
    };
    extract.on("drain", done).on("close", done);
  });
}
