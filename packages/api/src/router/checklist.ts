import { bulkSetChecklistAnswer, getChecklist, getChecklistHistory, setChecklistAnswer } from "@topograph/db";
import { checklistToMarkdown, ZBulkSetAnswerInputSchema, ZChecklistHistoryInputSchema, ZChecklistScopeSchema, ZSetAnswerInputSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { publicProcedure } from "../trpc.ts";

/** Pattern checklists: answers per scope, inherited from broader scopes, with history. */
export const checklistRouter = {
  get: publicProcedure.input(z.object({ scope: ZChecklistScopeSchema })).query(({ ctx, input }) => getChecklist(ctx.db, input.scope)),
  setAnswer: publicProcedure.input(ZSetAnswerInputSchema).mutation(({ ctx, input }) => setChecklistAnswer(ctx.db, input)),
  bulkSetAnswer: publicProcedure.input(ZBulkSetAnswerInputSchema).mutation(({ ctx, input }) => bulkSetChecklistAnswer(ctx.db, input)),
  /** The checklist as Markdown, for a pull request or a review meeting. */
  exportMarkdown: publicProcedure
    .input(z.object({ scope: ZChecklistScopeSchema, gapsOnly: z.boolean().default(false) }))
    .query(async ({ ctx, input }) => ({ markdown: checklistToMarkdown(await getChecklist(ctx.db, input.scope), { gapsOnly: input.gapsOnly }) })),
  history: publicProcedure.input(ZChecklistHistoryInputSchema).query(({ ctx, input }) => getChecklistHistory(ctx.db, input)),
} satisfies TRPCRouterRecord;
