import { createWaiver, listWaivers, revokeWaiver } from "@topograph/db";
import { ZWaiverCreateSchema, ZWaiverListSchema, ZWaiverRevokeSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { publicProcedure, scoringProcedure } from "../trpc.ts";

/** Waivers: a rule excused for one entity, with a reason, until a date. History records each change at once. */
export const waiverRouter = {
  list: publicProcedure.input(ZWaiverListSchema.default({ includeInactive: false })).query(async ({ ctx, input }) => {
    const { ids } = await ctx.facts();
    return listWaivers(ctx.db, ids, input, ctx.now());
  }),
  create: scoringProcedure.input(ZWaiverCreateSchema).mutation(({ ctx, input }) => createWaiver(ctx.db, input, ctx.now())),
  revoke: scoringProcedure.input(ZWaiverRevokeSchema).mutation(({ ctx, input }) => revokeWaiver(ctx.db, input, ctx.now())),
} satisfies TRPCRouterRecord;
