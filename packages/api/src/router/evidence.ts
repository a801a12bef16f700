import path from "node:path";
import { componentTarget, listFindings, listScans, loadAttributionCatalog, recordScan } from "@topograph/db";
import { AppError, checkCatalogDrift, checkKubernetes, checkRepository, scanWith } from "@topograph/domain";
import { readSource, type TSource } from "@topograph/sources";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { authorise } from "../authorisation/authorise.ts";
import { catalogProcedure } from "../trpc.ts";

const ZSlug = z.string().trim().min(1).max(200);

/** Uploads travel as base64 in the JSON body; 20 MB of archive is more than any manifests repository needs. */
const MAX_ARCHIVE_BASE64 = 28_000_000;
const ZRef = z.string().trim().min(1).max(250).optional();
const ZPath = z.string().trim().min(1, "Give the path to scan.").max(4096);

export const ZScanSourceSchema = z.union(
  [
    z.object({ kind: z.literal("directory"), path: ZPath }).strict(),
    z.object({ kind: z.literal("git"), url: z.url({ protocol: /^https?$/, error: "A git URL starts with http:// or https://." }).max(2048), ref: ZRef }).strict(),
    z.object({ kind: z.literal("git"), path: ZPath, ref: ZRef }).strict(),
    z
      .object({
        kind: z.literal("archive"),
        fileName: z.string().trim().regex(/\.(tar\.gz|tgz|zip)$/i, "Upload a .tar.gz, .tgz or .zip archive.").max(255),
        base64: z.string().min(1, "The archive is empty.").max(MAX_ARCHIVE_BASE64, "The archive must be at most 20 MB."),
      })
      .strict(),
  ],
  { error: "The source is { kind: directory, path }, { kind: git, url | path, ref? } or { kind: archive, fileName, base64 }." },
);
type TScanSource = z.infer<typeof ZScanSourceSchema>;

/** What to read, checked against what this server allows, and the key that identifies the source. */
/** The server fetches git URLs itself, so only hosts its operator named (TOPOGRAPH_SCAN_GIT_HOSTS): no requests to internal addresses. */
function allowedHost(url: string, hosts: readonly string[]) {
  const host = new URL(url).hostname;
  if (!hosts.includes(host)) {
    throw AppError.invalid("source.url", hosts.length === 0 ? "This server clones no git URLs: set TOPOGRAPH_SCAN_GIT_HOSTS to the hosts it may clone from." : `${host} is not a host this server may clone from (${hosts.join(", ")}).`);
  }
}

function resolveSource(source: TScanSource, roots: readonly string[], hosts: readonly string[]): { source: TSource; key: string; stored: unknown } {
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

/** Evidence: scan a source, store its findings, and turn them into facts that checklists and scorecards read. */
export const evidenceRouter = {
  scan: catalogProcedure.input(z.object({ source: ZScanSourceSchema, component: ZSlug.optional() }).strict()).mutation(async ({ ctx, input }) => {
    // A scan for one component writes its facts: that component's owners' call under strong ownership.
    const component = input.component === undefined ? null : await componentTarget(ctx.db, { slug: input.component });
    await authorise(ctx, component ? { kind: "change", target: component, what: "record evidence for it" } : { kind: "edit", what: "record evidence" });
    const { source, key, stored } = resolveSource(input.source, ctx.scanRoots, ctx.scanGitHosts);
    const catalog = await loadAttributionCatalog(ctx.db, input.component);
    const startedAt = ctx.now();
    const tree = await readSource(source).catch((error: unknown) => {
      throw AppError.invalid("source", `Cannot read the source: ${error instanceof Error ? error.message : String(error)}`);
    });
    const scanned = scanWith([checkKubernetes, checkRepository, checkCatalogDrift(catalog)], tree.files);
    const result = { ...scanned, errors: [...tree.problems, ...scanned.errors] };
    const recorded = await recordScan(ctx.db, {
      source: stored,
      sourceKey: key,
      ...(tree.commit ? { commit: tree.commit } : {}),
      catalog,
      result,
      startedAt,
      finishedAt: ctx.now(),
    });
    return { scanId: recorded.id, reused: recorded.reused, commit: tree.commit ?? null, files: result.files, findings: result.findings.length, errors: result.errors.length };
  }),
  /** Scans, newest first: all, a component's, or one by ID (an empty list when it does not exist). */
  scans: catalogProcedure
    .input(z.object({ component: ZSlug.optional(), scanId: z.string().trim().min(1).max(64).optional(), limit: z.int().min(1).max(200).default(50) }).strict().default({ limit: 50 }))
    .query(({ ctx, input }) => listScans(ctx.db, { ...(input.component ? { componentSlug: input.component } : {}), ...(input.scanId ? { scanId: input.scanId } : {}), limit: input.limit })),
  findings: catalogProcedure
    .input(z.union([z.object({ scanId: z.string().trim().min(1).max(64) }).strict(), z.object({ component: ZSlug }).strict()], { error: "Ask for the findings of a scan ({ scanId }) or of a component ({ component })." }))
    .query(({ ctx, input }) => listFindings(ctx.db, "scanId" in input ? { scanId: input.scanId } : { componentSlug: input.component })),
} satisfies TRPCRouterRecord;
