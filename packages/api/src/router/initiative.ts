import { createInitiative, deleteInitiative, getInitiative, listInitiatives, updateInitiative } from "@topograph/db";
import { ZEntityRefSchema, ZInitiativeCreateSchema, ZInitiativeUpdateSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { publicProcedure, scoringProcedure } from "../trpc.ts";

/** Initiatives: a scorecard level to reach by a date, with progress and who still has work to do. */
export const initiativeRouter = {
  list: publicProcedure.query(async ({ ctx }) => listInitiatives(ctx.db, ctx.now(), await ctx.facts())),
  get: publicProcedure.input(z.object({ slug: z.string().trim().min(1).max(200) })).query(async ({ ctx, input }) => getInitiative(ctx.db, input.slug, ctx.now(), await ctx.facts())),
  create: scoringProcedure.input(ZInitiativeCreateSchema).mutation(({ ctx, input }) => createInitiative(ctx.db, input)),
  update: scoringProcedure.input(ZInitiativeUpdateSchema).mutation(({ ctx, input }) => updateInitiative(ctx.db, input)),
  delete: scoringProcedure.input(ZEntityRefSchema).mutation(({ ctx, input }) => deleteInitiative(ctx.db, input)),
} satisfies TRPCRouterRecord;
