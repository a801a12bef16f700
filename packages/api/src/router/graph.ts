import {
  AppError,
  buildContextMapGraph,
  buildDependencyGraph,
  buildNeighbourhoodGraph,
  buildOrganisationGraph,
  buildOwnershipGraph,
  catalogSnapshotOf,
  type TCatalogSnapshot,
  type TPlanningCatalog,
  ZGraphFilterSchema,
  ZNeighbourhoodInputSchema,
} from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import type { TContext } from "../context.ts";
import { catalogProcedure } from "../trpc.ts";

const snapshots = new WeakMap<TPlanningCatalog, TCatalogSnapshot>();

/**
 * The catalog graphs are built from: the snapshot inside the planning catalog, which the server
 * reads once per catalog write and shares between requests (ReadCache). Reading the whole catalog
 * for every graph took half a second at enterprise scale. Stripped of the planner's fields once
 * per read, so no graph carries members or overrides by accident.
 */
async function catalogSnapshot(ctx: TContext): Promise<TCatalogSnapshot> {
  const planning = await ctx.planningCatalog();
  let snapshot = snapshots.get(planning);
  if (!snapshot) snapshots.set(planning, (snapshot = catalogSnapshotOf(planning)));
  return snapshot;
}

/** One procedure per view: the server builds nodes and edges from the catalog; the browser lays them out. */
export const graphRouter = {
  ownership: catalogProcedure.input(ZGraphFilterSchema).query(async ({ ctx, input }) => buildOwnershipGraph(await catalogSnapshot(ctx), input)),
  organisation: catalogProcedure.input(ZGraphFilterSchema).query(async ({ ctx, input }) => buildOrganisationGraph(await catalogSnapshot(ctx), input)),
  contextMap: catalogProcedure.input(ZGraphFilterSchema).query(async ({ ctx, input }) => buildContextMapGraph(await catalogSnapshot(ctx), input)),
  dependencies: catalogProcedure.input(ZGraphFilterSchema).query(async ({ ctx, input }) => buildDependencyGraph(await catalogSnapshot(ctx), input)),
  neighbourhood: catalogProcedure.input(ZNeighbourhoodInputSchema).query(async ({ ctx, input }) => {
    const graph = buildNeighbourhoodGraph(await catalogSnapshot(ctx), input);
    if (!graph) throw AppError.notFound(input.kind.replace("-", " "), input.slug);
    return graph;
  }),
} satisfies TRPCRouterRecord;
