import { bulkSetChecklistAnswer, getChecklist, getChecklistHistory, setChecklistAnswer } from "@topograph/db";
import { checklistToMarkdown, ZBulkSetAnswerInputSchema, ZChecklistHistoryInputSchema, ZChecklistScopeSchema, ZSetAnswerInputSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { authorise } from "../authorisation/authorise.ts";
import { scopeNeeds } from "../authorisation/scope-needs.ts";
import { catalogProcedure } from "../trpc.ts";

/** Pattern checklists: answers per scope, inherited from broader scopes, with history. */
export const checklistRouter = {
  get: catalogProcedure.input(z.object({ scope: ZChecklistScopeSchema })).query(({ ctx, input }) => getChecklist(ctx.db, input.scope)),
  setAnswer: catalogProcedure.input(ZSetAnswerInputSchema).mutation(async ({ ctx, input }) => {
    await authorise(ctx, ...(await scopeNeeds(ctx.db, input.scope, "answer this checklist")));
    return setChecklistAnswer(ctx.db, input);
  }),
  /** One answer on many checklists: refused as a whole when any of them is not the caller's to answer. */
  bulkSetAnswer: catalogProcedure.input(ZBulkSetAnswerInputSchema).mutation(async ({ ctx, input }) => {
    for (const scope of input.scopes) await authorise(ctx, ...(await scopeNeeds(ctx.db, scope, "answer this checklist")));
    return bulkSetChecklistAnswer(ctx.db, input);
  }),
  /** The checklist as Markdown, for a pull request or a review meeting. */
  exportMarkdown: catalogProcedure
    .input(z.object({ scope: ZChecklistScopeSchema, gapsOnly: z.boolean().default(false) }))
    .query(async ({ ctx, input }) => ({ markdown: checklistToMarkdown(await getChecklist(ctx.db, input.scope), { gapsOnly: input.gapsOnly }) })),
  history: catalogProcedure.input(ZChecklistHistoryInputSchema).query(({ ctx, input }) => getChecklistHistory(ctx.db, input)),
} satisfies TRPCRouterRecord;
