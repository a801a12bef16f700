import { exportBackstage, importBackstage } from "@topograph/db";
import { AppError, formatYamlProblem, importBackstageFiles } from "@topograph/domain";
import { z } from "zod";
import { authorise } from "../authorisation/authorise.ts";
import { createTRPCRouter, catalogProcedure } from "../trpc.ts";

const MAX_CATALOG_BYTES = 5_000_000;

/** Backstage catalog-info files in and out (issue 6). */
export const backstageRouter = createTRPCRouter({
  /** Maps one catalog-info file and writes it in one transaction; any problem imports nothing. */
  import: catalogProcedure
    .input(
      z.object({
        text: z.string().max(MAX_CATALOG_BYTES, `The file must be at most ${MAX_CATALOG_BYTES / 1_000_000} MB.`),
        fileName: z.string().trim().min(1).max(200).default("catalog-info.yaml"),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await authorise(ctx, { kind: "administer", what: "import a Backstage catalog" });
      const mapped = importBackstageFiles([{ file: input.fileName, text: input.text }]);
      if (!mapped.ok) {
        const count = mapped.problems.length;
        throw new AppError(
          "INVALID",
          `${input.fileName} has ${count} problem${count === 1 ? "" : "s"}; nothing was imported. ${formatYamlProblem(mapped.problems[0]!)}`,
          mapped.problems.map((p) => ({ path: p.field || "(document)", message: formatYamlProblem(p) })),
        );
      }
      const result = await importBackstage(ctx.db, mapped.catalog);
      return { ...result, skipped: mapped.skipped, locations: mapped.locations };
    }),

  export: catalogProcedure.query(({ ctx }) => exportBackstage(ctx.db)),
});
