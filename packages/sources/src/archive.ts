import { stopAt, type TArchiveEntry, type TArchiveListing, safeEntryPath } from "./archive-entry.ts";
import { DEFAULT_READ_LIMITS, isInSkippedDirectory, isWantedFile, SourceFileCollector, type TReadLimits, type TReadResult } from "./source-files.ts";
import { listTarGz } from "./tar-archive.ts";
import { listZip } from "./zip-archive.ts";

type TLister = (bytes: Buffer, limits: TReadLimits) => Promise<TArchiveListing>;

const LISTERS: { pattern: RegExp; list: TLister }[] = [
  { pattern: /\.(tar\.gz|tgz)$/i, list: listTarGz },
  { pattern: /\.zip$/i, list: listZip },
];

const REFUSED: Partial<Record<TArchiveEntry["kind"], string>> = {
  symlink: "A symbolic link in the archive; not read.",
  hardlink: "A hard link in the archive; not read.",
  encrypted: "An encrypted entry; not read.",
};

/**
 * Reads an uploaded .tar.gz/.tgz or .zip archive in memory, nothing is written to disk, into the files
 * evidence readers understand. A single folder holding everything (GitHub's "repo-main/") is stripped.
 * Unsafe paths, links, encrypted entries, repeated paths, and anything past the limits are reported and skipped; a
 * corrupt archive is one problem, and what was read before the damage is kept.
 */
export async function readArchive(bytes: Uint8Array, fileName: string, limits: TReadLimits = DEFAULT_READ_LIMITS): Promise<TReadResult> {
  const collector = new SourceFileCollector(limits);
  const lister = LISTERS.find(({ pattern }) => pattern.test(fileName));
  if (!lister) {
    collector.report(fileName, "Only .tar.gz, .tgz and .zip archives can be read.");
    return collector.result(fileName);
  }
  keepFiles(await listSafely(lister.list, bytes, limits), fileName, collector);
  return collector.result(fileName);
}

async function listSafely(list: TLister, bytes: Uint8Array, limits: TReadLimits): Promise<TArchiveListing> {
  try {
    return await list(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), limits);
  } catch (error) {
    return { entries: [], stop: stopAt(undefined, error) };
  }
}

/** Offers the listed files to the collector under their paths inside the top folder, reporting every refused entry. */
function keepFiles(listing: TArchiveListing, fileName: string, collector: SourceFileCollector): void {
  const top = topFolder(listing.entries);
  const relative = (path: string) => (top !== undefined && path.startsWith(`${top}/`) ? path.slice(top.length + 1) : path);
  const seen = new Set<string>();
  for (const entry of listing.entries) {
    if (entry.kind === "unsafe") {
      collector.report(entry.name, 'A path that leads outside the archive (absolute, or with ".."); not read.');
      continue;
    }
    const path = relative(entry.path);
    if (!isWantedFile(path) || isInSkippedDirectory(path)) continue;
    const refusal = REFUSED[entry.kind];
    if (refusal) collector.report(path, refusal);
    // An archive may hold one path twice; evidence must not depend on which copy an unpacker would keep.
    else if (entry.kind === "file" && seen.has(path)) collector.report(path, "A second entry with the same path; not read.");
    else if (entry.kind === "file") {
      seen.add(path);
      if (collector.hasRoom(path) && collector.fits(path, entry.size) && entry.bytes) collector.add(path, entry.bytes);
    }
  }
  if (listing.stop) {
    const stoppedAt = listing.stop.path === undefined ? undefined : safeEntryPath(listing.stop.path);
    collector.report(stoppedAt ? relative(stoppedAt) : (listing.stop.path ?? fileName), listing.stop.message);
  }
}

/** The one folder every entry is in, when there is one and something is inside it. */
function topFolder(entries: TArchiveEntry[]): string | undefined {
  let top: string | undefined;
  let hasNested = false;
  for (const entry of entries) {
    if (entry.kind === "unsafe") continue;
    const [first, ...rest] = entry.path.split("/");
    if (!first) continue;
    if (rest.length === 0 && entry.kind !== "directory") return undefined;
    if (top !== undefined && top !== first) return undefined;
    top = first;
    hasNested ||= rest.length > 0;
  }
  return hasNested ? top : undefined;
}
