import {
  deleteScorecard,
  entityHistory,
  evaluateEntity,
  findSubjectFacts,
  getStoredScorecard,
  groupTrend,
  listStoredScorecards,
  loadScoringState,
  scoreEverything,
  scorecardTrend,
  scoreScorecard,
  upsertScorecard,
  withAuditVia,
  type TScorecardResults,
} from "@topograph/db";
import {
  AppError,
  CATALOG_FACTS,
  compileScorecard,
  compileExpression,
  distributionOf,
  entityTable,
  FACT_FUNCTIONS,
  PRACTICE_CATALOGUE,
  filterAdmits,
  formatYamlProblem,
  parseScorecardsYaml,
  rollUp,
  ROLLUP_GROUPS,
  SCORED_KINDS,
  scoreEntity,
  scorecardsToYaml,
  tallyRules,
  ZScorecardEntitiesInputSchema,
  ZScorecardRefSchema,
  ZScorecardUpsertSchema,
  ZScoredEntitySchema,
} from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { authorise } from "../authorisation/authorise.ts";
import { scorecardNeeds } from "../authorisation/scoring-needs.ts";
import { catalogProcedure, scoringProcedure } from "../trpc.ts";

const MAX_YAML_BYTES = 1_000_000;
const ROLLUP_LIMIT = 500;
const PRACTICE_IDS = new Set(PRACTICE_CATALOGUE.items.map((item) => item.id));

/** What list and page headers show of a scorecard. */
function summaryOf({ stored, compiled, results }: TScorecardResults) {
  const { definition } = stored;
  return {
    id: definition.slug,
    slug: definition.slug,
    name: definition.name,
    description: definition.description,
    entityKind: definition.entityKind,
    ownerTeam: stored.ownerTeam,
    builtIn: stored.builtIn,
    version: stored.version,
    updatedAt: stored.updatedAt,
    ladder: definition.ladder,
    ruleCount: definition.rules.length,
    distribution: distributionOf(compiled, results),
  };
}

const ZGroupSchema = z.object({ groupBy: z.enum(ROLLUP_GROUPS, { error: "Group by team or boundedContext." }), slug: z.string().trim().min(1).max(200) });

/** Scorecards: definitions (as data and as YAML), evaluation, rollups and history. */
export const scorecardRouter = {
  list: catalogProcedure.query(async ({ ctx }) => {
    const { scorecards } = await scoreEverything(ctx.db, ctx.now(), await ctx.facts());
    return scorecards.map(summaryOf);
  }),

  get: catalogProcedure.input(ZScorecardRefSchema).query(async ({ ctx, input }) => {
    const scored = await scoreScorecard(ctx.db, input.scorecardId, ctx.now(), await ctx.facts());
    return { ...summaryOf(scored), definition: scored.stored.definition, rules: tallyRules(scored.compiled, scored.results) };
  }),

  /** The scored entities, filtered, sorted and paged for the scorecard's table. */
  entities: catalogProcedure.input(ZScorecardEntitiesInputSchema).query(async ({ ctx, input }) => {
    const { results, stored } = await scoreScorecard(ctx.db, input.scorecardId, ctx.now(), await ctx.facts());
    const page = entityTable(results, input);
    return { ladder: stored.definition.ladder, ruleIds: stored.definition.rules.map((r) => r.id), ...page };
  }),

  upsert: scoringProcedure.input(ZScorecardUpsertSchema).mutation(async ({ ctx, input }) => {
    await authorise(ctx, ...(await scorecardNeeds(ctx.db, input.slug, input.ownerTeam)));
    return upsertScorecard(ctx.db, input);
  }),

  delete: scoringProcedure.input(ZScorecardRefSchema.extend({ version: z.int().positive() })).mutation(async ({ ctx, input }) => {
    await authorise(ctx, ...(await scorecardNeeds(ctx.db, input.scorecardId)));
    return deleteScorecard(ctx.db, input.scorecardId, input.version);
  }),

  /** Scorecards as code: every scorecard in the file is created or replaced, all or none. */
  importYaml: scoringProcedure
    .input(
      z.object({
        text: z.string().max(MAX_YAML_BYTES, `The file must be at most ${MAX_YAML_BYTES / 1_000_000} MB.`),
        fileName: z.string().trim().min(1).max(200).default("scorecards.yaml"),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const parsed = parseScorecardsYaml(input.text, input.fileName);
      if (!parsed.ok) {
        const count = parsed.problems.length;
        throw new AppError(
          "INVALID",
          `${input.fileName} has ${count} problem${count === 1 ? "" : "s"}; nothing was imported. ${formatYamlProblem(parsed.problems[0]!)}`,
          parsed.problems.map((p) => ({ path: p.field || "(document)", message: formatYamlProblem(p) })),
        );
      }
      if (parsed.scorecards.length === 0) throw AppError.invalid("text", "The file holds no scorecard.");
      for (const definition of parsed.scorecards) await authorise(ctx, ...(await scorecardNeeds(ctx.db, definition.slug, definition.ownerTeam)));
      // Recorded as an import, keeping the caller and the request's correlation id.
      const imported = await withAuditVia("import", () =>
        ctx.db.$transaction(async (tx) => {
          const saved = [];
          for (const definition of parsed.scorecards) saved.push(await upsertScorecard(tx, definition, { replaceAnyVersion: true }));
          return saved;
        }),
      );
      return { imported: imported.map(({ slug, created, version }) => ({ slug, created, version })) };
    }),

  exportYaml: catalogProcedure.input(z.object({ scorecardIds: z.array(z.string().trim().min(1).max(200)).max(200).optional() }).default({})).query(async ({ ctx, input }) => {
    const stored = input.scorecardIds ? await Promise.all(input.scorecardIds.map((slug) => getStoredScorecard(ctx.db, slug))) : await listStoredScorecards(ctx.db);
    const fileName = stored.length === 1 ? `${stored[0]!.definition.slug}.scorecard.yaml` : "scorecards.yaml";
    return { fileName, text: scorecardsToYaml(stored.map((s) => s.definition)) };
  }),

  /** One entity: its level, score, and every rule with status and reason. */
  evaluate: catalogProcedure.input(ZScorecardRefSchema.extend({ entity: ZScoredEntitySchema })).query(async ({ ctx, input }) => {
    const { stored, inScope, score } = await evaluateEntity(ctx.db, input.scorecardId, input.entity, ctx.now(), await ctx.facts());
    return { scorecard: { slug: stored.definition.slug, name: stored.definition.name, ladder: stored.definition.ladder }, inScope, ...score };
  }),

  /** Every scorecard that scores this entity, with its level and what to do next. */
  forEntity: catalogProcedure.input(z.object({ entity: ZScoredEntitySchema })).query(async ({ ctx, input }) => {
    const [stored, state] = await Promise.all([listStoredScorecards(ctx.db), loadScoringState(ctx.db, ctx.now(), await ctx.facts())]);
    const subject = findSubjectFacts(state, input.entity.kind, input.entity.slug);
    // Only this entity is scored: an entity page must not cost a recompute of the whole catalog.
    return stored
      .filter(({ definition }) => definition.entityKind === input.entity.kind && filterAdmits(definition.filter, subject))
      .map(({ definition }) => {
        const { rules: _rules, ...score } = scoreEntity(compileScorecard(definition), subject, state.waiversOf(definition.slug));
        return { scorecard: { slug: definition.slug, name: definition.name, ladder: definition.ladder }, ...score };
      });
  }),

  /** The heat map: per team or bounded context, the level distribution and each rule's pass rate. */
  rollup: catalogProcedure
    .input(ZScorecardRefSchema.extend({ groupBy: z.enum(ROLLUP_GROUPS, { error: "Group by team or boundedContext." }) }))
    .query(async ({ ctx, input }) => {
      const { stored, compiled, results, state } = await scoreScorecard(ctx.db, input.scorecardId, ctx.now(), await ctx.facts());
      const names = new Map((input.groupBy === "team" ? state.subjects.team : state.subjects["bounded-context"]).map((s) => [s.slug, s.name]));
      const rows = rollUp(compiled, results, input.groupBy, names);
      return {
        ladder: stored.definition.ladder,
        rules: stored.definition.rules.map(({ id, title, level, category, weight }) => ({ id, title, level, category, weight })),
        total: rows.length,
        rows: rows.slice(0, ROLLUP_LIMIT),
      };
    }),

  /** Team and bounded-context pages: every scorecard rolled up over what the group owns or holds. */
  rollupFor: catalogProcedure.input(ZGroupSchema).query(async ({ ctx, input }) => {
    const { scorecards } = await scoreEverything(ctx.db, ctx.now(), await ctx.facts());
    return scorecards.flatMap(({ stored, compiled, results }) => {
      const members = results.filter((r) => (input.groupBy === "team" ? r.teamSlugs : r.contextSlugs).includes(input.slug));
      if (members.length === 0) return [];
      return [
        {
          scorecard: { slug: stored.definition.slug, name: stored.definition.name, entityKind: stored.definition.entityKind, ladder: stored.definition.ladder },
          distribution: distributionOf(compiled, members),
          weakestRules: tallyRules(compiled, members)
            .filter((t) => t.passRate !== null && t.passRate < 100)
            .sort((a, b) => a.passRate! - b.passRate!)
            .slice(0, 5)
            .map((t) => ({ ...t, title: stored.definition.rules.find((r) => r.id === t.id)!.title })),
        },
      ];
    });
  }),

  /** History: one entity's scores, a team's or context's merged trend, or the scorecard's distribution over time. */
  history: catalogProcedure
    .input(ZScorecardRefSchema.extend({ entity: ZScoredEntitySchema.optional(), group: ZGroupSchema.optional() }).refine((i) => !(i.entity && i.group), { message: "Ask for an entity or a group, not both.", path: ["group"] }))
    .query(async ({ ctx, input }) => {
      if (input.entity) return { scope: "entity" as const, ...(await entityHistory(ctx.db, input.scorecardId, input.entity)) };
      if (input.group) {
        const scored = await scoreScorecard(ctx.db, input.scorecardId, ctx.now(), await ctx.facts());
        const trend = await groupTrend(ctx.db, scored, scored.state.ids, input.group.groupBy, input.group.slug);
        return { scope: "group" as const, ladder: trend.ladder, points: trend.points.map((p) => ({ takenAt: p.takenAt, entities: p.entities, belowFirst: p.belowFirst, levelCounts: p.levelCounts, averageScore: p.averageScore })) };
      }
      return { scope: "scorecard" as const, ...(await scorecardTrend(ctx.db, input.scorecardId)) };
    }),

  /** The reference of facts and functions a rule expression can read, per entity kind. */
  facts: catalogProcedure.input(z.object({ entityKind: z.enum(SCORED_KINDS, { error: `Entity kind must be one of: ${SCORED_KINDS.join(", ")}.` }) })).query(({ input }) => ({
    facts: CATALOG_FACTS[input.entityKind],
    functions: Object.entries(FACT_FUNCTIONS).map(([name, f]) => ({ name, ...f })),
    labels: input.entityKind === "component",
  })),

  /** Checks a draft expression for the editor without saving. */
  checkExpression: catalogProcedure.input(z.object({ entityKind: z.enum(SCORED_KINDS), expression: z.string().max(2000) })).query(({ input }) => {
    try {
      compileExpression(input.expression, input.entityKind, { practiceIds: PRACTICE_IDS });
      return { ok: true as const };
    } catch (error) {
      return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
    }
  }),
} satisfies TRPCRouterRecord;
