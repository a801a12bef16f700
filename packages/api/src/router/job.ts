import { listJobs, requestJobRun } from "@topograph/db";
import { AppError, JOB_NAMES } from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { authorise } from "../authorisation/authorise.ts";
import { operationsProcedure } from "../trpc.ts";

/** Scheduled jobs, for administrators: when each ran, how it went and when it runs next; and a run by hand. */
export const jobRouter = {
  list: operationsProcedure.query(async ({ ctx }) => {
    await authorise(ctx, { kind: "administer", what: "see scheduled jobs" });
    return listJobs(ctx.db, ctx.now());
  }),
  /** Asks for a run now; whichever replica claims it first runs it (this one is told at once). */
  run: operationsProcedure.input(z.object({ name: z.enum(JOB_NAMES, { error: `A job is one of ${JOB_NAMES.join(", ")}.` }) }).strict()).mutation(async ({ ctx, input }) => {
    await authorise(ctx, { kind: "administer", what: "run scheduled jobs" });
    if (!ctx.user) throw AppError.unauthenticated();
    await requestJobRun(ctx.db, input.name, ctx.user.email, ctx.now());
    ctx.jobScheduler?.poke();
    return { name: input.name };
  }),
} satisfies TRPCRouterRecord;
