import {
  createBoundedContext,
  deleteBoundedContext,
  getBoundedContext,
  listBoundedContexts,
  relateBoundedContexts,
  unrelateBoundedContexts,
  updateBoundedContext,
  boundedContextTarget,
  contextRelationshipEnds,
  type TDb,
  type TEntityKey,
} from "@topograph/db";
import {
  ZBoundedContextCreateSchema,
  ZBoundedContextListInputSchema,
  ZBoundedContextUpdateSchema,
  ZContextRelationshipCreateSchema,
  ZContextRelationshipDeleteSchema,
  type TPermissionNeed,
} from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { authoriseAny } from "../authorisation/authorise.ts";
import { catalogProcedure } from "../trpc.ts";
import { BOUNDED_CONTEXT_NEEDS } from "../authorisation/catalog-needs.ts";
import { catalogEntityProcedures } from "./catalog-procedures.ts";

/** A context-map relationship is either side's to record or remove. */
async function relationshipNeeds(db: TDb, upstream: TEntityKey, downstream: TEntityKey, what: string): Promise<TPermissionNeed[]> {
  const ends = await Promise.all([boundedContextTarget(db, upstream), boundedContextTarget(db, downstream)]);
  const needs = ends.filter((end) => end !== null).map((target): TPermissionNeed => ({ kind: "change", target, what }));
  return needs.length ? needs : [{ kind: "edit", what }];
}

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
  needs: BOUNDED_CONTEXT_NEEDS,
  }),
  /** Records a context-map relationship between two bounded contexts. */
  relate: catalogProcedure.input(ZContextRelationshipCreateSchema).mutation(async ({ ctx, input }) => {
    await authoriseAny(ctx, await relationshipNeeds(ctx.db, { slug: input.upstreamSlug }, { slug: input.downstreamSlug }, "relate these bounded contexts"));
    return relateBoundedContexts(ctx.db, input);
  }),
  unrelate: catalogProcedure.input(ZContextRelationshipDeleteSchema).mutation(async ({ ctx, input }) => {
    const relationship = await contextRelationshipEnds(ctx.db, input.id);
    if (relationship) await authoriseAny(ctx, await relationshipNeeds(ctx.db, { id: relationship.upstreamId }, { id: relationship.downstreamId }, "remove this context-map relationship"));
    return unrelateBoundedContexts(ctx.db, input);
  }),
} satisfies TRPCRouterRecord;
