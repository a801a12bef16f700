import type { TDatabase } from "@topograph/db";
import { type TEntityRef, ZEntityRefSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { publicProcedure } from "../trpc.ts";

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
}

/**
 * The five procedures every catalog entity has — list, get, create, update, delete — each a thin
 * call into the data-access function that holds the rules. Entity routers add their own extras.
 */
export function catalogEntityProcedures<TListInput extends z.ZodType, TCreateInput extends z.ZodType, TUpdateInput extends z.ZodType, TList, TGet, TCreated, TUpdated>(
  spec: TCatalogEntitySpec<TListInput, TCreateInput, TUpdateInput, TList, TGet, TCreated, TUpdated>,
) {
  // tRPC cannot resolve its input type for a schema that is still a type parameter; the casts
  // restate what it guarantees: `input` is the output of parsing with that very schema.
  return {
    list: publicProcedure.input(spec.listInput).query(({ ctx, input }) => spec.list(ctx.db, input as z.output<TListInput>)),
    get: publicProcedure.input(ZGetBySlugSchema).query(({ ctx, input }) => spec.get(ctx.db, input.slug)),
    create: publicProcedure.input(spec.createInput).mutation(({ ctx, input }) => spec.create(ctx.db, input as z.output<TCreateInput>)),
    update: publicProcedure.input(spec.updateInput).mutation(({ ctx, input }) => spec.update(ctx.db, input as z.output<TUpdateInput>)),
    delete: publicProcedure.input(ZEntityRefSchema).mutation(({ ctx, input }) => spec.remove(ctx.db, input)),
  } satisfies TRPCRouterRecord;
}
