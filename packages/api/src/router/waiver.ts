import { createWaiver, listWaivers, revokeWaiver } from "@topograph/db";
import { ZWaiverCreateSchema, ZWaiverListSchema, ZWaiverRevokeSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { publicProcedure } from "../trpc.ts";

/** Waivers: a rule excused for one entity, with a reason, until a date. History records each change at once. */
export const waiverRouter = {
  list: publicProcedure.input(ZWaiverListSchema.default({ includeInactive: false })).query(async ({ ctx, input }) => {
    const { ids } = await ctx.facts();
    return listWaivers(ctx.db, ids, input, ctx.now());
  }),
  create: publicProcedure.input(ZWaiverCreateSchema).mutation(async ({ ctx, input }) => {
    const waiver = await createWaiver(ctx.db, input, ctx.now());
    await ctx.scores.record();
    return waiver;
  }),
  revoke: publicProcedure.input(ZWaiverRevokeSchema).mutation(async ({ ctx, input }) => {
    const revoked = await revokeWaiver(ctx.db, input, ctx.now());
    await ctx.scores.record();
    return revoked;
  }),
} satisfies TRPCRouterRecord;
