import { createInitiative, deleteInitiative, getInitiative, listInitiatives, updateInitiative } from "@topograph/db";
import { ZEntityRefSchema, ZInitiativeCreateSchema, ZInitiativeUpdateSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { authorise } from "../authorisation/authorise.ts";
import { initiativeNeeds } from "../authorisation/scoring-needs.ts";
import { catalogProcedure, scoringProcedure } from "../trpc.ts";

/** Initiatives: a scorecard level to reach by a date, with progress and who still has work to do. */
export const initiativeRouter = {
  list: catalogProcedure.query(async ({ ctx }) => listInitiatives(ctx.db, ctx.now(), await ctx.facts())),
  get: catalogProcedure.input(z.object({ slug: z.string().trim().min(1).max(200) })).query(async ({ ctx, input }) => getInitiative(ctx.db, input.slug, ctx.now(), await ctx.facts())),
  create: scoringProcedure.input(ZInitiativeCreateSchema).mutation(async ({ ctx, input }) => {
    await authorise(ctx, ...(await initiativeNeeds(ctx.db, null, input.ownerTeam)));
    return createInitiative(ctx.db, input);
  }),
  update: scoringProcedure.input(ZInitiativeUpdateSchema).mutation(async ({ ctx, input }) => {
    await authorise(ctx, ...(await initiativeNeeds(ctx.db, input.id, input.ownerTeam)));
    return updateInitiative(ctx.db, input);
  }),
  delete: scoringProcedure.input(ZEntityRefSchema).mutation(async ({ ctx, input }) => {
    await authorise(ctx, ...(await initiativeNeeds(ctx.db, input.id)));
    return deleteInitiative(ctx.db, input);
  }),
} satisfies TRPCRouterRecord;
