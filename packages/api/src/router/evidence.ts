import { componentTarget, evidenceSourceComponent, expectSourceUnregistered, listEvidenceSources, listFindings, listScans, noteSourceRead, registerEvidenceSource, unregisterEvidenceSource } from "@topograph/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { authorise } from "../authorisation/authorise.ts";
import type { TContext } from "../context.ts";
import { runScan } from "../evidence/run-scan.ts";
import { resolveSource, ZRegistrableSourceSchema, ZScanSourceSchema } from "../evidence/scan-sources.ts";
import { catalogProcedure } from "../trpc.ts";

const ZSlug = z.string().trim().min(1).max(200);

/** A scan for one component writes its facts: that component's owners' call under strong ownership. */
async function authoriseEvidence(ctx: TContext, componentSlug: string | null) {
  const component = componentSlug === null ? null : await componentTarget(ctx.db, { slug: componentSlug });
  await authorise(ctx, component ? { kind: "change", target: component, what: "record evidence for it" } : { kind: "edit", what: "record evidence" });
}

/** Evidence: scan a source, store its findings, and turn them into facts that checklists and scorecards read. */
export const evidenceRouter = {
  scan: catalogProcedure.input(z.object({ source: ZScanSourceSchema, component: ZSlug.optional() }).strict()).mutation(async ({ ctx, input }) => {
    await authoriseEvidence(ctx, input.component ?? null);
    return runScan(ctx.db, resolveSource(input.source, ctx.scanRoots, ctx.scanGitHosts), input.component, ctx.now);
  }),
  /**
   * Registers a repository path or git URL to be re-read on schedule (the evidence-rescan job), like
   * a Backstage location. It is scanned once now, so a source that cannot be read is refused here.
   */
  registerSource: catalogProcedure.input(z.object({ source: ZRegistrableSourceSchema, component: ZSlug.optional() }).strict()).mutation(async ({ ctx, input }) => {
    await authoriseEvidence(ctx, input.component ?? null);
    const resolved = resolveSource(input.source, ctx.scanRoots, ctx.scanGitHosts);
    await expectSourceUnregistered(ctx.db, resolved.key);
    const scan = await runScan(ctx.db, resolved, input.component, ctx.now);
    const { id } = await registerEvidenceSource(ctx.db, { source: resolved.stored, sourceKey: resolved.key, ...(input.component ? { componentSlug: input.component } : {}), registeredBy: ctx.user?.email ?? "anonymous" });
    await noteSourceRead(ctx.db, id, ctx.now(), { scanId: scan.scanId });
    return { id, scan };
  }),
  unregisterSource: catalogProcedure.input(z.object({ id: z.string().trim().min(1).max(64) }).strict()).mutation(async ({ ctx, input }) => {
    await authoriseEvidence(ctx, await evidenceSourceComponent(ctx.db, input.id));
    return unregisterEvidenceSource(ctx.db, input.id);
  }),
  /** Registered sources and how their last re-read went. */
  sources: catalogProcedure.query(({ ctx }) => listEvidenceSources(ctx.db)),
  /** Scans, newest first: all, a component's, or one by ID (an empty list when it does not exist). */
  scans: catalogProcedure
    .input(z.object({ component: ZSlug.optional(), scanId: z.string().trim().min(1).max(64).optional(), limit: z.int().min(1).max(200).default(50) }).strict().default({ limit: 50 }))
    .query(({ ctx, input }) => listScans(ctx.db, { ...(input.component ? { componentSlug: input.component } : {}), ...(input.scanId ? { scanId: input.scanId } : {}), limit: input.limit })),
  findings: catalogProcedure
    .input(z.union([z.object({ scanId: z.string().trim().min(1).max(64) }).strict(), z.object({ component: ZSlug }).strict()], { error: "Ask for the findings of a scan ({ scanId }) or of a component ({ component })." }))
    .query(({ ctx, input }) => listFindings(ctx.db, "scanId" in input ? { scanId: input.scanId } : { componentSlug: input.component })),
} satisfies TRPCRouterRecord;
