import type { TScanProblem, TSourceFile } from "@topograph/domain";

/** Limits that keep a read of an unknown source bounded; a file over a limit is a problem, not a crash. */
export interface TReadLimits {
  maxFileBytes: number;
  maxFiles: number;
  maxTotalBytes: number;
}

export const DEFAULT_READ_LIMITS: TReadLimits = { maxFileBytes: 2 * 1024 * 1024, maxFiles: 50_000, maxTotalBytes: 500 * 1024 * 1024 };

export interface TReadResult {
  root: string;
  files: TSourceFile[];
  problems: TScanProblem[];
}

/** Files the evidence readers understand: YAML and JSON (manifests, workflows, pacts) and CODEOWNERS. */
const WANTED = /(\.ya?ml|\.json)$|(^|\/)CODEOWNERS$/;

/** Folders of dependencies and tooling state, never a team's own evidence. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set([".git", "node_modules", ".terraform", "vendor"]);

export const isWantedFile = (relativePath: string): boolean => WANTED.test(relativePath);

/** Whether any folder on a relative "a/b/file" path is a skipped one. */
export const isInSkippedDirectory = (relativePath: string): boolean =>
  relativePath.split("/").slice(0, -1).some((folder) => SKIPPED_DIRECTORIES.has(folder));

export const problemAt = (file: string, message: string): TScanProblem => ({ file, line: 1, column: 1, message });

const kilobytes = (bytes: number) => Math.round(bytes / 1024);
const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/**
 * Gathers the files of one source under its limits, whatever the source (directory, archive, git):
 * each source decides which files it offers, the collector decides which are kept and reports the rest.
 */
export class SourceFileCollector {
  readonly files: TSourceFile[] = [];
  readonly problems: TScanProblem[] = [];
  private totalBytes = 0;
  private reportedFull = false;

  constructor(private readonly limits: TReadLimits) {}

  report(file: string, message: string): void {
    this.problems.push(problemAt(file, message));
  }

  /** False once the file limit is reached; the first file turned away says so. */
  hasRoom(file: string): boolean {
    if (this.files.length < this.limits.maxFiles) return true;
    if (!this.reportedFull) this.report(file, `Stopped after ${this.limits.maxFiles} files; the rest of the tree was not read.`);
    this.reportedFull = true;
    return false;
  }

  /** False, and reported, when a file of this size is over the per-file or the total limit. */
  fits(file: string, size: number): boolean {
    if (size > this.limits.maxFileBytes) {
      this.report(file, `The file is ${kilobytes(size)} KB, over the ${kilobytes(this.limits.maxFileBytes)} KB a file may have; not read.`);
      return false;
    }
    if (this.totalBytes + size > this.limits.maxTotalBytes) {
      this.report(file, `The tree is over ${megabytes(this.limits.maxTotalBytes)} MB; this file and the rest were not read.`);
      return false;
    }
    return true;
  }

  /** Keeps the file as text, unless it is binary (a NUL byte early on), which is reported instead. */
  add(file: string, bytes: Uint8Array): void {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buffer.subarray(0, 8192).includes(0)) {
      this.report(file, "A binary file; not read.");
      return;
    }
    this.totalBytes += buffer.byteLength;
    this.files.push({ path: file, text: buffer.toString("utf8") });
  }

  /** Offers one file: kept when there is room, it fits and it is text. */
  offer(file: string, bytes: Uint8Array): void {
    if (this.hasRoom(file) && this.fits(file, bytes.byteLength)) this.add(file, bytes);
  }

  result(root: string): TReadResult {
    return { root, files: this.files, problems: this.problems };
  }
}
