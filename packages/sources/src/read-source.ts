import { readArchive } from "./archive.ts";
import { readSourceTree } from "./directory.ts";
import { readGitRepository } from "./git.ts";
import { DEFAULT_READ_LIMITS, type TReadLimits, type TReadResult } from "./source-files.ts";

/** Where evidence comes from: a folder on this machine, a git repository (path or URL), or an uploaded archive. */
export type TSource =
  | { kind: "directory"; path: string }
  | { kind: "git"; url: string; ref?: string }
  | { kind: "git"; path: string; ref?: string }
  | { kind: "archive"; fileName: string; bytes: Uint8Array };

/** The files read from a source; `commit` is set when the source is a git repository. */
export interface TSourceReadResult extends TReadResult {
  commit?: string;
}

export function readSource(source: TSource, limits: TReadLimits = DEFAULT_READ_LIMITS): Promise<TSourceReadResult> {
  switch (source.kind) {
    case "directory":
      return readSourceTree(source.path, limits);
    case "git":
      return readGitRepository("url" in source ? source.url : source.path, { ref: source.ref, limits });
    case "archive":
      return readArchive(source.bytes, source.fileName, limits);
  }
}
