import { ZSearchInputSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { catalogProcedure } from "../trpc.ts";

/** One search box over teams, areas, contexts, components, repositories and namespaces, answered from the cached index. */
export const searchRouter = {
  query: catalogProcedure.input(ZSearchInputSchema).query(async ({ ctx, input }) => (await ctx.searchIndex()).search(input)),
} satisfies TRPCRouterRecord;
