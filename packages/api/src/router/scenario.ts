import {
  appendScenarioChange,
  applyScenario,
  createScenario,
  deleteScenario,
  getScenarioRecord,
  listScenarios,
  removeScenarioChange,
  renameScenario,
  scoreEverything,
} from "@topograph/db";
import {
  AppError,
  buildTeamMap,
  compareScenarios,
  componentScoresFrom,
  describeOperation,
  draftChange,
  METRIC_DEFINITIONS,
  namingCatalog,
  planScenario,
  replayScenario,
  scenarioMaps,
  scenarioToMarkdown,
  slugify,
  ZDescriptionSchema,
  ZNameSchema,
  ZScenarioOperationSchema,
  ZVersionSchema,
  type TCatalogDiff,
} from "@topograph/domain";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import type { TContext } from "../context.ts";
import { authorise } from "../authorisation/authorise.ts";
import { draftProcedure, catalogProcedure } from "../trpc.ts";

const ZScenarioId = z.string().trim().min(1, "Name the scenario.").max(64, "A scenario ID is at most 64 characters.");
const ZScenarioRef = z.object({ scenarioId: ZScenarioId }).strict();

/** Today's catalog, the scenario record and component scores: what every planning view starts from. */
async function planningInputs(ctx: TContext, scenarioId: string) {
  const [base, record, scored] = await Promise.all([ctx.planningCatalog(), getScenarioRecord(ctx.db, scenarioId), ctx.facts().then((facts) => scoreEverything(ctx.db, ctx.now(), facts))]);
  const scores = componentScoresFrom(scored.scorecards.map((s) => ({ entityKind: s.stored.definition.entityKind, results: s.results })));
  return { base, record, scores };
}

/** The entities a change form can pick from, as the scenario has them. */
function pickable(catalog: ReturnType<typeof planScenario>["catalog"]) {
  return {
    teams: catalog.teams.map(({ slug, name, type, members }) => ({ slug, name, type, members })),
    components: catalog.components.map(({ slug, name, kind, ownerSlugs, ownershipMode, ownershipOverride }) => ({ slug, name, kind, ownerSlugs, ownershipMode, ownershipOverride })),
    repositories: catalog.repositories.map(({ slug, name, kind }) => ({ slug, name, kind })),
    boundedContexts: catalog.boundedContexts.map(({ slug, name, complexity, teamSlugs }) => ({ slug, name, complexity, teamSlugs })),
    namespaces: catalog.namespaces.map(({ slug, name, clusterName }) => ({ slug, name, clusterName })),
    interactions: catalog.interactions,
  };
}

/**
 * Team-boundary planning: scenarios are drafts of changes replayed on the live catalog, with
 * metrics before and after, until applied in one transaction.
 */
export const scenarioRouter = {
  list: catalogProcedure.query(({ ctx }) => listScenarios(ctx.db)),
  definitions: catalogProcedure.query(() => METRIC_DEFINITIONS),
  create: draftProcedure.input(z.object({ name: ZNameSchema, description: ZDescriptionSchema }).strict()).mutation(({ ctx, input }) => createScenario(ctx.db, input)),
  update: draftProcedure
    .input(z.object({ scenarioId: ZScenarioId, name: ZNameSchema.optional(), description: z.string().trim().max(4000).optional() }).strict())
    .mutation(({ ctx, input }) => renameScenario(ctx.db, { id: input.scenarioId, ...(input.name ? { name: input.name } : {}), ...(input.description !== undefined ? { description: input.description } : {}) })),
  delete: draftProcedure.input(ZScenarioRef).mutation(({ ctx, input }) => deleteScenario(ctx.db, input.scenarioId)),

  /** The scenario with every change (summary and how it replays today), the maps, team cards and what the forms can pick. */
  get: catalogProcedure.input(ZScenarioRef).query(async ({ ctx, input }) => {
    const { base, record, scores } = await planningInputs(ctx, input.scenarioId);
    const { changes: _, appliedDiff, ...scenario } = record;
    if (appliedDiff) {
      // History: what the apply wrote and the changes as they read when drafted; nothing replays on today's catalog.
      const diff = JSON.parse(appliedDiff) as TCatalogDiff;
      const today = planScenario(base, [], scores);
      return {
        scenario: { ...scenario, appliedDiff: diff },
        changes: record.changes.map((c) => ({ id: c.id, summary: c.summary || describeOperation(c.operation, base), operation: c.operation, step: { changeId: c.id, status: "ok" as const } })),
        conflicts: 0,
        diff,
        maps: { before: buildTeamMap(base), after: buildTeamMap(base, diff) },
        cards: today.cards,
        options: pickable(base),
      };
    }
    const plan = planScenario(base, record.changes, scores);
    return {
      scenario: { ...scenario, appliedDiff: null },
      changes: plan.changes,
      conflicts: plan.changes.filter((c) => c.step.status !== "ok").length,
      diff: plan.diff,
      maps: scenarioMaps(base, plan),
      cards: plan.cards,
      options: pickable(plan.catalog),
    };
  }),

  /** Drafts one operation on the scenario as it stands; a change that cannot apply is refused, naming the field. */
  change: draftProcedure.input(z.object({ scenarioId: ZScenarioId, operation: ZScenarioOperationSchema }).strict()).mutation(async ({ ctx, input }) => {
    const [base, record] = await Promise.all([ctx.planningCatalog(), getScenarioRecord(ctx.db, input.scenarioId)]);
    const current = replayScenario(base, record.changes).catalog;
    const prefixed = (error: unknown) => (error instanceof AppError && error.issues.length ? new AppError(error.code, error.issues.map((i) => `operation.${i.path}: ${i.message}`).join(" "), error.issues.map((i) => ({ ...i, path: `operation.${i.path}` }))) : error);
    let drafted;
    try {
      drafted = draftChange(current, input.operation);
    } catch (error) {
      throw prefixed(error);
    }
    const summary = describeOperation(input.operation, namingCatalog(base, drafted.catalog));
    const created = await appendScenarioChange(ctx.db, input.scenarioId, { operation: input.operation, observed: drafted.observed, summary });
    return { changeId: created.id, summary };
  }),

  /** Takes one change out; refused when a later change needs it (a move to a team an earlier change created). */
  undo: draftProcedure.input(z.object({ scenarioId: ZScenarioId, changeId: z.string().trim().min(1).max(64) }).strict()).mutation(async ({ ctx, input }) => {
    const [base, record] = await Promise.all([ctx.planningCatalog(), getScenarioRecord(ctx.db, input.scenarioId)]);
    const replay = replayScenario(base, record.changes);
    const withIt = replay.steps;
    const without = replayScenario(base, record.changes.filter((c) => c.id !== input.changeId)).steps;
    const broken = without.filter((step) => step.status === "failed" && withIt.find((s) => s.changeId === step.changeId)?.status !== "failed");
    if (broken.length) {
      const names = broken.map((step) => `"${describeOperation(record.changes.find((c) => c.id === step.changeId)!.operation, namingCatalog(base, replay.catalog))}"`).join(", ");
      throw AppError.invalid("changeId", `${names} depend${broken.length === 1 ? "s" : ""} on this change: undo ${broken.length === 1 ? "it" : "them"} first.`);
    }
    return removeScenarioChange(ctx.db, input.scenarioId, input.changeId);
  }),

  /** Baseline, scenario and delta for every metric, with definitions. */
  metrics: catalogProcedure.input(ZScenarioRef).query(async ({ ctx, input }) => {
    const { base, record, scores } = await planningInputs(ctx, input.scenarioId);
    return { deltas: planScenario(base, record.changes, scores).deltas };
  }),

  /** Two scenarios side by side (or one against today: leave `left` out): metrics of each and the difference between them. */
  compare: catalogProcedure.input(z.object({ left: ZScenarioId.optional(), right: ZScenarioId }).strict()).query(async ({ ctx, input }) => {
    const { base, record: right, scores } = await planningInputs(ctx, input.right);
    const left = input.left ? await getScenarioRecord(ctx.db, input.left) : null;
    return {
      left: left ? { id: left.id, name: left.name } : { id: null, name: "Today" },
      right: { id: right.id, name: right.name },
      ...compareScenarios(base, left?.changes ?? [], right.changes, scores),
    };
  }),

  apply: catalogProcedure
    .input(z.object({ scenarioId: ZScenarioId, version: ZVersionSchema, acceptChangedBase: z.boolean().default(false) }).strict())
    .mutation(async ({ ctx, input }) => {
      // A scenario moves teams' boundaries across the whole organisation: drafting is every editor's, applying the administrators'.
      await authorise(ctx, { kind: "administer", what: "apply a scenario to the live catalog" });
      return applyScenario(ctx.db, { ...input, at: ctx.now() });
    }),

  exportMarkdown: catalogProcedure.input(ZScenarioRef).query(async ({ ctx, input }) => {
    const { base, record, scores } = await planningInputs(ctx, input.scenarioId);
    const plan = planScenario(base, record.changes, scores);
    const markdown = scenarioToMarkdown({
      name: record.name,
      description: record.description,
      changes: plan.changes.map((c) => ({ summary: c.summary, status: c.step.status })),
      deltas: plan.deltas,
      diff: plan.diff,
      baseline: base,
      scenario: plan.catalog,
      generatedAt: ctx.now(),
    });
    return { fileName: `scenario-${slugify(record.name) || record.id}.md`, markdown };
  }),
} satisfies TRPCRouterRecord;
