import { isInSkippedDirectory, isWantedFile, type TReadLimits } from "./source-files.ts";

/**
 * One entry of an archive as a format reader lists it, before the shared rules pick files from it.
 * `bytes` is only there for files worth reading (see `isWorthReading`) within the per-file limit.
 */
export type TEntryKind = "file" | "directory" | "symlink" | "hardlink" | "encrypted" | "other";

export type TArchiveEntry =
  | { kind: "file"; path: string; size: number; bytes?: Buffer }
  | { kind: Exclude<TEntryKind, "file">; path: string }
  | { kind: "unsafe"; name: string };

/** What a format reader hands over: the entries it listed, and why it stopped early, if it did. */
export interface TArchiveListing {
  entries: TArchiveEntry[];
  stop?: { path?: string; message: string };
}

/**
 * The entry's path with "/" separators and no "." or empty segments, or undefined when it could
 * land outside the folder it is unpacked into (absolute, a drive letter, or a ".." segment).
 */
export function safeEntryPath(name: string): string | undefined {
  const slashed = name.replaceAll("\\", "/");
  if (slashed.startsWith("/") || /^[a-zA-Z]:/.test(slashed)) return undefined;
  const segments = slashed.split("/").filter((segment) => segment !== "" && segment !== ".");
  if (segments.includes("..")) return undefined;
  return segments.join("/");
}

/**
 * Whether a format reader should unpack a file's content: it is one the evidence readers understand,
 * and not inside a skipped folder below the top level (the top level may yet be stripped, see `stripTopFolder`).
 */
export const isWorthReading = (path: string): boolean => isWantedFile(path) && !isInSkippedDirectory(path.split("/").slice(1).join("/"));

/** Thrown by the budget when an archive is over a limit; the reader stops there. */
export class ArchiveLimitReached extends Error {}

/** Why reading stopped at an entry (or before the first one): a limit, or bytes that are not a valid archive. */
export function stopAt(path: string | undefined, error: unknown): NonNullable<TArchiveListing["stop"]> {
  if (error instanceof ArchiveLimitReached) return { path, message: error.message };
  const reason = error instanceof Error ? error.message : String(error);
  return { path, message: `The archive is corrupt or truncated here (${reason}); the rest was not read.` };
}

/**
 * Counts entries and unpacked bytes while an archive is read, so a zip bomb or an archive of a
 * million entries is stopped as soon as it passes the limits, whatever its headers claim.
 */
export class UnpackBudget {
  private entries = 0;
  private bytes = 0;

  constructor(private readonly limits: TReadLimits) {}

  /** Every entry counts, folders and unread files too: listing them is work as well. */
  countEntry(): void {
    this.entries += 1;
    if (this.entries > this.limits.maxFiles) throw new ArchiveLimitReached(`The archive has more than ${this.limits.maxFiles} entries; the rest was not read.`);
  }

  spend(bytes: number): void {
    this.bytes += bytes;
    if (this.bytes > this.limits.maxTotalBytes) {
      throw new ArchiveLimitReached(`The archive unpacks to more than ${Math.round(this.limits.maxTotalBytes / 1024 / 1024)} MB; the rest was not read.`);
    }
  }
}

/**
 * Collects a file's content chunk by chunk, up to the per-file limit; past it, only the size is kept
 * so the file is reported as too large without holding it in memory.
 */
export class FileContent {
  private chunks: Buffer[] = [];
  private size = 0;

  constructor(private readonly maxBytes: number) {}

  append(chunk: Buffer): void {
    this.size += chunk.byteLength;
    if (this.size > this.maxBytes) this.chunks = [];
    else this.chunks.push(chunk);
  }

  get isOverLimit(): boolean {
    return this.size > this.maxBytes;
  }

  entry(path: string, declaredSize: number): TArchiveEntry {
    const size = Math.max(this.size, declaredSize);
    return this.isOverLimit ? { kind: "file", path, size } : { kind: "file", path, size, bytes: Buffer.concat(this.chunks) };
  }
}
