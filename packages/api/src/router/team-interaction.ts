import { declareTeamInteraction, endTeamInteraction, listTeamInteractions, teamRefsBySlug, type TDb } from "@topograph/db";
import { ZTeamInteractionSchema, type TPermissionNeed } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { authorise } from "../authorisation/authorise.ts";
import { catalogProcedure } from "../trpc.ts";

const ZTeamSlug = z.string().trim().min(1, "Name the team.").max(200);

/** An interaction is either team's to declare or end. */
async function eitherTeam(db: TDb, input: { teamSlug: string; withTeamSlug: string }, what: string): Promise<TPermissionNeed> {
  return { kind: "belong", teams: await teamRefsBySlug(db, [input.teamSlug, input.withTeamSlug]), what };
}

/** Declared Team Topologies interactions between teams in the live catalog. */
export const teamInteractionRouter = {
  list: catalogProcedure.input(z.object({ teamSlug: ZTeamSlug.optional() }).strict().default({})).query(({ ctx, input }) => listTeamInteractions(ctx.db, input)),
  declare: catalogProcedure.input(ZTeamInteractionSchema.strict()).mutation(async ({ ctx, input }) => {
    await authorise(ctx, await eitherTeam(ctx.db, input, "declare how these teams interact"));
    return declareTeamInteraction(ctx.db, input);
  }),
  end: catalogProcedure.input(z.object({ teamSlug: ZTeamSlug, withTeamSlug: ZTeamSlug }).strict()).mutation(async ({ ctx, input }) => {
    await authorise(ctx, await eitherTeam(ctx.db, input, "end how these teams interact"));
    return endTeamInteraction(ctx.db, input);
  }),
} satisfies TRPCRouterRecord;
