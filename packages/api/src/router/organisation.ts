import { getOrganisation, updateOrganisation } from "@topograph/db";
import { ZOrganisationUpdateSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { authorise } from "../authorisation/authorise.ts";
import { catalogProcedure } from "../trpc.ts";

/** Organisation-wide decisions: the default ownership mode and the repository strategy. */
export const organisationRouter = {
  get: catalogProcedure.query(({ ctx }) => getOrganisation(ctx.db)),
  update: catalogProcedure.input(ZOrganisationUpdateSchema).mutation(async ({ ctx, input }) => {
    await authorise(ctx, { kind: "administer", what: "change the organisation's settings" });
    return updateOrganisation(ctx.db, input);
  }),
} satisfies TRPCRouterRecord;
