import { searchCatalog } from "@topograph/db";
import { ZSearchInputSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { catalogProcedure } from "../trpc.ts";

/** One search box over teams, areas, contexts, components, repositories and namespaces. */
export const searchRouter = {
  query: catalogProcedure.input(ZSearchInputSchema).query(({ ctx, input }) => searchCatalog(ctx.db, input)),
} satisfies TRPCRouterRecord;
