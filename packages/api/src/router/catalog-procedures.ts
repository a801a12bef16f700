import type { TDatabase } from "@topograph/db";
import { type TEntityRef, ZEntityRefSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { authorise } from "../authorisation/authorise.ts";
import type { TCatalogNeeds } from "../authorisation/catalog-needs.ts";
import { catalogProcedure } from "../trpc.ts";

export const ZGetBySlugSchema = z.object({ slug: z.string().trim().min(1, "Slug is required.").max(200, "Slug is too long.") });

interface TCatalogEntitySpec<TListInput extends z.ZodType, TCreateInput extends z.ZodType, TUpdateInput extends z.ZodType, TList, TGet, TCreated, TUpdated> {
  listInput: TListInput;
  list: (db: TDatabase, input: z.output<TListInput>) => Promise<TList>;
  get: (db: TDatabase, slug: string) => Promise<TGet>;
  createInput: TCreateInput;
  create: (db: TDatabase, input: z.output<TCreateInput>) => Promise<TCreated>;
  updateInput: TUpdateInput;
  update: (db: TDatabase, input: z.output<TUpdateInput>) => Promise<TUpdated>;
  remove: (db: TDatabase, ref: TEntityRef) => Promise<{ id: string }>;
  /** Who may create, change and delete one (authorisation/catalog-needs.ts). */
  needs: TCatalogNeeds<z.output<TCreateInput>, z.output<TUpdateInput>>;
}

/**
 * The five procedures every catalog entity has — list, get, create, update, delete — each a
 * permission check, then a thin call into the data-access function that holds the rules. Entity
 * routers add their own extras.
 */
export function catalogEntityProcedures<TListInput extends z.ZodType, TCreateInput extends z.ZodType, TUpdateInput extends z.ZodType, TList, TGet, TCreated, TUpdated>(
  spec: TCatalogEntitySpec<TListInput, TCreateInput, TUpdateInput, TList, TGet, TCreated, TUpdated>,
) {
  // tRPC cannot resolve its input type for a schema that is still a type parameter; the casts
  // restate what it guarantees: `input` is the output of parsing with that very schema.
  return {
    list: catalogProcedure.input(spec.listInput).query(({ ctx, input }) => spec.list(ctx.db, input as z.output<TListInput>)),
    get: catalogProcedure.input(ZGetBySlugSchema).query(({ ctx, input }) => spec.get(ctx.db, input.slug)),
    create: catalogProcedure.input(spec.createInput).mutation(async ({ ctx, input }) => {
      await authorise(ctx, ...(await spec.needs.create(ctx.db, input as z.output<TCreateInput>)));
      return spec.create(ctx.db, input as z.output<TCreateInput>);
    }),
    update: catalogProcedure.input(spec.updateInput).mutation(async ({ ctx, input }) => {
      await authorise(ctx, ...(await spec.needs.update(ctx.db, input as z.output<TUpdateInput>)));
      return spec.update(ctx.db, input as z.output<TUpdateInput>);
    }),
    delete: catalogProcedure.input(ZEntityRefSchema).mutation(async ({ ctx, input }) => {
      await authorise(ctx, ...(await spec.needs.remove(ctx.db, input)));
      return spec.remove(ctx.db, input);
    }),
  } satisfies TRPCRouterRecord;
}
