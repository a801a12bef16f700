import { getOrganisation, updateOrganisation } from "@topograph/db";
import { ZOrganisationUpdateSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { publicProcedure } from "../trpc.ts";

/** Organisation-wide decisions: the default ownership mode and the repository strategy. */
export const organisationRouter = {
  get: publicProcedure.query(({ ctx }) => getOrganisation(ctx.db)),
  update: publicProcedure.input(ZOrganisationUpdateSchema).mutation(({ ctx, input }) => updateOrganisation(ctx.db, input)),
} satisfies TRPCRouterRecord;
