import { declareTeamInteraction, endTeamInteraction, listTeamInteractions } from "@topograph/db";
import { ZTeamInteractionSchema } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { publicProcedure } from "../trpc.ts";

const ZTeamSlug = z.string().trim().min(1, "Name the team.").max(200);

/** Declared Team Topologies interactions between teams in the live catalog. */
export const teamInteractionRouter = {
  list: publicProcedure.input(z.object({ teamSlug: ZTeamSlug.optional() }).strict().default({})).query(({ ctx, input }) => listTeamInteractions(ctx.db, input)),
  declare: publicProcedure.input(ZTeamInteractionSchema.strict()).mutation(({ ctx, input }) => declareTeamInteraction(ctx.db, input)),
  end: publicProcedure.input(z.object({ teamSlug: ZTeamSlug, withTeamSlug: ZTeamSlug }).strict()).mutation(({ ctx, input }) => endTeamInteraction(ctx.db, input)),
} satisfies TRPCRouterRecord;
