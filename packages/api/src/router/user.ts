import { createUser, disableUser, listUsers, setUserRole } from "@topograph/db";
import { ZUserCreateSchema, ZUserDisableSchema, ZUserListInputSchema, ZUserSetRoleSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { adminProcedure } from "../auth/procedures.ts";

/** Administrators manage users: who may sign in, and with which role. Team membership follows member emails. */
export const userRouter = {
  list: adminProcedure.input(ZUserListInputSchema.default({ limit: 50, includeDisabled: true })).query(({ ctx, input }) => listUsers(ctx.db, input)),
  create: adminProcedure.input(ZUserCreateSchema).mutation(({ ctx, input }) => createUser(ctx.db, input)),
  setRole: adminProcedure.input(ZUserSetRoleSchema).mutation(({ ctx, input }) => setUserRole(ctx.db, input)),
  /** Ends the user's sessions and refuses their API tokens; the last administrator and oneself are kept. */
  disable: adminProcedure.input(ZUserDisableSchema).mutation(({ ctx, input }) => disableUser(ctx.db, { ...input, actorId: ctx.user.id }, ctx.now())),
} satisfies TRPCRouterRecord;
