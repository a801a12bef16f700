import { createWaiver, listWaivers, revokeWaiver, waiverSubject } from "@topograph/db";
import { ZWaiverCreateSchema, ZWaiverListSchema, ZWaiverRevokeSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { authorise } from "../authorisation/authorise.ts";
import { scopeNeeds } from "../authorisation/scope-needs.ts";
import { catalogProcedure, scoringProcedure } from "../trpc.ts";

/** Waivers: a rule excused for one entity, with a reason, until a date. History records each change at once. */
export const waiverRouter = {
  list: catalogProcedure.input(ZWaiverListSchema.default({ includeInactive: false })).query(async ({ ctx, input }) => {
    const { ids } = await ctx.facts();
    return listWaivers(ctx.db, ids, input, ctx.now());
  }),
  create: scoringProcedure.input(ZWaiverCreateSchema).mutation(async ({ ctx, input }) => {
    await authorise(ctx, ...(await scopeNeeds(ctx.db, input.entity, "waive a rule for it")));
    return createWaiver(ctx.db, input, ctx.now());
  }),
  revoke: scoringProcedure.input(ZWaiverRevokeSchema).mutation(async ({ ctx, input }) => {
    const subject = await waiverSubject(ctx.db, input.id);
    if (subject) await authorise(ctx, ...(await scopeNeeds(ctx.db, subject, "revoke a waiver on it")));
    return revokeWaiver(ctx.db, input, ctx.now());
  }),
} satisfies TRPCRouterRecord;
