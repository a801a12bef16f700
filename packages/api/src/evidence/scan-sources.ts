import path from "node:path";
import { AppError } from "@topograph/domain";
import type { TSource } from "@topograph/sources";
import { z } from "zod";

/** Uploads travel as base64 in the JSON body; 20 MB of archive is more than any manifests repository needs. */
const MAX_ARCHIVE_BASE64 = 28_000_000;
const ZRef = z.string().trim().min(1).max(250).optional();
const ZPath = z.string().trim().min(1, "Give the path to scan.").max(4096);

const ZDirectorySource = z.object({ kind: z.literal("directory"), path: ZPath }).strict();
const ZGitUrlSource = z.object({ kind: z.literal("git"), url: z.url({ protocol: /^https?$/, error: "A git URL starts with http:// or https://." }).max(2048), ref: ZRef }).strict();
const ZGitPathSource = z.object({ kind: z.literal("git"), path: ZPath, ref: ZRef }).strict();
const ZArchiveSource = z
  .object({
    kind: z.literal("archive"),
    fileName: z.string().trim().regex(/\.(tar\.gz|tgz|zip)$/i, "Upload a .tar.gz, .tgz or .zip archive.").max(255),
    base64: z.string().min(1, "The archive is empty.").max(MAX_ARCHIVE_BASE64, "The archive must be at most 20 MB."),
  })
  .strict();

export const ZScanSourceSchema = z.union([ZDirectorySource, ZGitUrlSource, ZGitPathSource, ZArchiveSource], {
  error: "The source is { kind: directory, path }, { kind: git, url | path, ref? } or { kind: archive, fileName, base64 }.",
});

/** What can be registered for re-reading: something the server can read again by itself (an upload cannot). */
export const ZRegistrableSourceSchema = z.union([ZDirectorySource, ZGitUrlSource, ZGitPathSource], {
  error: "A registered source is { kind: directory, path } or { kind: git, url | path, ref? }; uploads are scanned once.",
});
export type TScanSource = z.infer<typeof ZScanSourceSchema>;

/** The server fetches git URLs itself, so only hosts its operator named (TOPOGRAPH_SCAN_GIT_HOSTS): no requests to internal addresses. */
function allowedHost(url: string, hosts: readonly string[]) {
  const host = new URL(url).hostname;
  if (!hosts.includes(host)) {
    throw AppError.invalid("source.url", hosts.length === 0 ? "This server clones no git URLs: set TOPOGRAPH_SCAN_GIT_HOSTS to the hosts it may clone from." : `${host} is not a host this server may clone from (${hosts.join(", ")}).`);
  }
}

/** What to read, checked against what this server allows, and the key that identifies the source. */
export function resolveSource(source: TScanSource, roots: readonly string[], hosts: readonly string[]): { source: TSource; key: string; stored: unknown } {
  switch (source.kind) {
    case "directory": {
      const directory = allowedDirectory(source.path, roots);
      return { source: { kind: "directory", path: directory }, key: `directory:${directory}`, stored: { kind: "directory", path: directory } };
    }
    case "archive":
      return { source: { kind: "archive", fileName: source.fileName, bytes: Buffer.from(source.base64, "base64") }, key: `archive:${source.fileName}`, stored: { kind: "archive", fileName: source.fileName } };
    case "git": {
      const ref = source.ref ? { ref: source.ref } : {};
      if ("url" in source) {
        allowedHost(source.url, hosts);
        return { source: { kind: "git", url: source.url, ...ref }, key: `git:${source.url}`, stored: { kind: "git", url: source.url, ...ref } };
      }
      const repository = allowedDirectory(source.path, roots);
      return { source: { kind: "git", path: repository, ...ref }, key: `git:${repository}`, stored: { kind: "git", path: repository, ...ref } };
    }
  }
}

/** A directory the server may read: inside one of the roots its operator allowed (TOPOGRAPH_SCAN_ROOTS). */
function allowedDirectory(requested: string, roots: readonly string[]): string {
  const resolved = path.resolve(requested);
  if (roots.length === 0) throw AppError.invalid("source.path", "This server scans no directories: set TOPOGRAPH_SCAN_ROOTS to the folders it may read, or use `topograph scan` in the pipeline.");
  if (!roots.some((root) => resolved === path.resolve(root) || resolved.startsWith(path.resolve(root) + path.sep))) {
    throw AppError.invalid("source.path", `${resolved} is outside the folders this server may scan (${roots.join(", ")}).`);
  }
  return resolved;
}
