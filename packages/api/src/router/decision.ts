import { decisionsForScope, listDecisions, recordDecision } from "@topograph/db";
import { ZChecklistScopeSchema, ZDecisionListInputSchema, ZRecordDecisionInputSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { authorise } from "../authorisation/authorise.ts";
import { scopeNeeds } from "../authorisation/scope-needs.ts";
import { catalogProcedure } from "../trpc.ts";

/** Architecture decisions: which alternative of each decision point a scope chose, and why. */
export const decisionRouter = {
  list: catalogProcedure.input(ZDecisionListInputSchema).query(({ ctx, input }) => listDecisions(ctx.db, input)),
  forScope: catalogProcedure.input(z.object({ scope: ZChecklistScopeSchema })).query(({ ctx, input }) => decisionsForScope(ctx.db, input.scope)),
  record: catalogProcedure.input(ZRecordDecisionInputSchema).mutation(async ({ ctx, input }) => {
    await authorise(ctx, ...(await scopeNeeds(ctx.db, input.scope, "record this decision")));
    return recordDecision(ctx.db, input);
  }),
} satisfies TRPCRouterRecord;
