import { loadCatalogSnapshot } from "@topograph/db";
import {
  AppError,
  buildContextMapGraph,
  buildDependencyGraph,
  buildNeighbourhoodGraph,
  buildOrganisationGraph,
  buildOwnershipGraph,
  ZGraphFilterSchema,
  ZNeighbourhoodInputSchema,
} from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { catalogProcedure } from "../trpc.ts";

/** One procedure per view: the server builds nodes and edges from the catalog; the browser lays them out. */
export const graphRouter = {
  ownership: catalogProcedure.input(ZGraphFilterSchema).query(async ({ ctx, input }) => buildOwnershipGraph(await loadCatalogSnapshot(ctx.db), input)),
  organisation: catalogProcedure.input(ZGraphFilterSchema).query(async ({ ctx, input }) => buildOrganisationGraph(await loadCatalogSnapshot(ctx.db), input)),
  contextMap: catalogProcedure.input(ZGraphFilterSchema).query(async ({ ctx, input }) => buildContextMapGraph(await loadCatalogSnapshot(ctx.db), input)),
  dependencies: catalogProcedure.input(ZGraphFilterSchema).query(async ({ ctx, input }) => buildDependencyGraph(await loadCatalogSnapshot(ctx.db), input)),
  neighbourhood: catalogProcedure.input(ZNeighbourhoodInputSchema).query(async ({ ctx, input }) => {
    const graph = buildNeighbourhoodGraph(await loadCatalogSnapshot(ctx.db), input);
    if (!graph) throw AppError.notFound(input.kind.replace("-", " "), input.slug);
    return graph;
  }),
} satisfies TRPCRouterRecord;
