import { createApiToken, listApiTokens, revokeApiToken } from "@topograph/db";
import { AppError, ZApiTokenCreateSchema, ZApiTokenRevokeSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { authedProcedure } from "../auth/procedures.ts";

/** The signed-in user's own personal API tokens. */
export const tokenRouter = {
  list: authedProcedure.query(({ ctx }) => listApiTokens(ctx.db, ctx.user.id, ctx.now())),

  /**
   * The answer holds the token itself, the only time it is ever shown. Tokens are made from a
   * signed-in browser, not with another token, so a leaked token cannot mint its own successors.
   */
  create: authedProcedure.input(ZApiTokenCreateSchema).mutation(({ ctx, input }) => {
    if (ctx.credential.kind !== "session") throw AppError.forbidden("Create API tokens while signed in with your password, not with another API token.");
    return createApiToken(ctx.db, ctx.user.id, input, ctx.now());
  }),

  revoke: authedProcedure.input(ZApiTokenRevokeSchema).mutation(({ ctx, input }) => revokeApiToken(ctx.db, ctx.user.id, input.id, ctx.now())),
} satisfies TRPCRouterRecord;
