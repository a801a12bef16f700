import { bulkSetChecklistAnswer, getChecklist, getChecklistHistory, setChecklistAnswer } from "@topograph/db";
import { ZBulkSetAnswerInputSchema, ZChecklistHistoryInputSchema, ZChecklistScopeSchema, ZSetAnswerInputSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { publicProcedure } from "../trpc.ts";

/** Pattern checklists: answers per scope, inherited from broader scopes, with history. */
export const checklistRouter = {
  get: publicProcedure.input(z.object({ scope: ZChecklistScopeSchema })).query(({ ctx, input }) => getChecklist(ctx.db, input.scope)),
  setAnswer: publicProcedure.input(ZSetAnswerInputSchema).mutation(({ ctx, input }) => setChecklistAnswer(ctx.db, input)),
  bulkSetAnswer: publicProcedure.input(ZBulkSetAnswerInputSchema).mutation(({ ctx, input }) => bulkSetChecklistAnswer(ctx.db, input)),
  history: publicProcedure.input(ZChecklistHistoryInputSchema).query(({ ctx, input }) => getChecklistHistory(ctx.db, input)),
} satisfies TRPCRouterRecord;
