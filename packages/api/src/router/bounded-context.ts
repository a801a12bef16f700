import {
  createBoundedContext,
  deleteBoundedContext,
  getBoundedContext,
  listBoundedContexts,
  relateBoundedContexts,
  unrelateBoundedContexts,
  updateBoundedContext,
} from "@topograph/db";
import {
  ZBoundedContextCreateSchema,
  ZBoundedContextListInputSchema,
  ZBoundedContextUpdateSchema,
  ZContextRelationshipCreateSchema,
  ZContextRelationshipDeleteSchema,
} from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { publicProcedure } from "../trpc.ts";
import { catalogEntityProcedures } from "./catalog-procedures.ts";

export const boundedContextRouter = {
  ...catalogEntityProcedures({
    listInput: ZBoundedContextListInputSchema,
    list: listBoundedContexts,
    get: getBoundedContext,
    createInput: ZBoundedContextCreateSchema,
    create: createBoundedContext,
    updateInput: ZBoundedContextUpdateSchema,
    update: updateBoundedContext,
    remove: deleteBoundedContext,
  }),
  /** Records a context-map relationship between two bounded contexts. */
  relate: publicProcedure.input(ZContextRelationshipCreateSchema).mutation(({ ctx, input }) => relateBoundedContexts(ctx.db, input)),
  unrelate: publicProcedure.input(ZContextRelationshipDeleteSchema).mutation(({ ctx, input }) => unrelateBoundedContexts(ctx.db, input)),
} satisfies TRPCRouterRecord;
