import { decisionsForScope, listDecisions, recordDecision } from "@topograph/db";
import { ZChecklistScopeSchema, ZDecisionListInputSchema, ZRecordDecisionInputSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { publicProcedure } from "../trpc.ts";

/** Architecture decisions: which alternative of each decision point a scope chose, and why. */
export const decisionRouter = {
  list: publicProcedure.input(ZDecisionListInputSchema).query(({ ctx, input }) => listDecisions(ctx.db, input)),
  forScope: publicProcedure.input(z.object({ scope: ZChecklistScopeSchema })).query(({ ctx, input }) => decisionsForScope(ctx.db, input.scope)),
  record: publicProcedure.input(ZRecordDecisionInputSchema).mutation(({ ctx, input }) => recordDecision(ctx.db, input)),
} satisfies TRPCRouterRecord;
