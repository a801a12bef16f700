import path from "node:path";
import { listFindings, listScans, recordScan } from "@topograph/db";
import { AppError, checkKubernetes, checkRepository, scanWith } from "@topograph/domain";
import { readSourceTree } from "@topograph/sources";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { publicProcedure } from "../trpc.ts";

const ZSlug = z.string().trim().min(1).max(200);

export const ZScanSourceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("directory"), path: z.string().trim().min(1, "Give the directory to scan.").max(4096) }).strict(),
]);

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
  scan: publicProcedure.input(z.object({ source: ZScanSourceSchema, component: ZSlug.optional() }).strict()).mutation(async ({ ctx, input }) => {
    const directory = allowedDirectory(input.source.path, ctx.scanRoots);
    const startedAt = ctx.now();
    const tree = await readSourceTree(directory).catch((error: unknown) => {
      throw AppError.invalid("source.path", `Cannot read ${directory}: ${error instanceof Error ? error.message : String(error)}`);
    });
    const scanned = scanWith([checkKubernetes, checkRepository], tree.files);
    const result = { ...scanned, errors: [...tree.problems, ...scanned.errors] };
    const recorded = await recordScan(ctx.db, {
      source: { kind: "directory", path: directory },
      sourceKey: `directory:${directory}`,
      ...(input.component ? { componentSlug: input.component } : {}),
      result,
      startedAt,
      finishedAt: ctx.now(),
    });
    return { scanId: recorded.id, reused: recorded.reused, files: result.files, findings: result.findings.length, errors: result.errors.length };
  }),
  scans: publicProcedure.input(z.object({ component: ZSlug.optional(), limit: z.int().min(1).max(200).default(50) }).strict().default({ limit: 50 })).query(({ ctx, input }) =>
    listScans(ctx.db, { ...(input.component ? { componentSlug: input.component } : {}), limit: input.limit }),
  ),
  findings: publicProcedure
    .input(z.union([z.object({ scanId: z.string().trim().min(1).max(64) }).strict(), z.object({ component: ZSlug }).strict()], { error: "Ask for the findings of a scan ({ scanId }) or of a component ({ component })." }))
    .query(({ ctx, input }) => listFindings(ctx.db, "scanId" in input ? { scanId: input.scanId } : { componentSlug: input.component })),
} satisfies TRPCRouterRecord;
