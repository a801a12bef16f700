import { AppError, atOrAbove, filterAdmits, groupTimeline, initiativeStatus, progressPercent, slugify, ZScorecardFilterSchema, type TEntityRef, type TInitiativeCreate, type TInitiativeUpdate } from "@topograph/domain";
import { audited } from "../audit/audited-write.ts";
import { initiativeAudit } from "../audit/practice-subjects.ts";
import { expectOneUpdated, expectSlugFree, expectVersion, inTransaction, type TDb, type TTransaction } from "../catalog/integrity.ts";
import { resolveTeams } from "../catalog/references.ts";
import { checkFilterReferences, getStoredScorecard } from "./definitions.ts";
import { seriesOf } from "./history.ts";
import { scoreEverything, scoreScorecard, type TFacts, type TScorecardResults, type TScoringState } from "./scoring.ts";
import { subjectKey } from "./subjects.ts";

const initiativeSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  targetLevel: true,
  targetDate: true,
  filter: true,
  version: true,
  createdAt: true,
  closedAt: true,
  finalInScope: true,
  finalDone: true,
  scorecard: { select: { slug: true, name: true, ladder: true } },
  ownerTeam: { select: { slug: true, name: true } },
} as const;

type TInitiativeRow = NonNullable<Awaited<ReturnType<typeof findInitiative>>>;
const findInitiative = (db: TDb, slug: string) => db.initiative.findUnique({ where: { slug }, select: initiativeSelect });

function toInitiative({ closedAt, finalInScope, finalDone, ...row }: TInitiativeRow) {
  // Closed by the expiry job once its target date passed: the outcome on that day, frozen.
  const closed = closedAt === null ? null : { at: closedAt, inScope: finalInScope ?? 0, done: finalDone ?? 0, percent: progressPercent(finalDone ?? 0, finalInScope ?? 0) };
  return { ...row, closed, targetDate: row.targetDate.toISOString().slice(0, 10), filter: ZScorecardFilterSchema.parse(JSON.parse(row.filter)), scorecard: { slug: row.scorecard.slug, name: row.scorecard.name } };
}

/** Every initiative with where it stands now (entities in scope, at the target, percent). */
export async function listInitiatives(db: TDb, now: Date, facts?: TFacts) {
  const rows = await db.initiative.findMany({ select: initiativeSelect, orderBy: [{ targetDate: "asc" }, { name: "asc" }] });
  if (rows.length === 0) return [];
  const { state, scorecards } = await scoreEverything(db, now, facts);
  return rows.map((row) => {
    const initiative = toInitiative(row);
    const scored = scorecards.find((s) => s.stored.definition.slug === initiative.scorecard.slug)!;
    const { inScope, done, percent } = currentStatus(scored, state, initiative);
    return { ...initiative, status: { inScope, done, percent }, overdue: isOverdue(initiative.targetDate, now, done, inScope) };
  });
}

function currentStatus(scored: TScorecardResults, state: TScoringState, initiative: ReturnType<typeof toInitiative>) {
  const targetIndex = scored.stored.definition.ladder.findIndex((l) => l.name === initiative.targetLevel);
  const catalogs = new Map(state.subjects[scored.stored.definition.entityKind].map((s) => [s.slug, s.catalog]));
  const catalogOf = (slug: string) => catalogs.get(slug) ?? new Map();
  return { targetIndex, catalogOf, ...initiativeStatus(scored.compiled, scored.results, initiative.filter, targetIndex, catalogOf) };
}

const isOverdue = (targetDate: string, now: Date, done: number, inScope: number) => now.getTime() > new Date(`${targetDate}T23:59:59.999Z`).getTime() && done < inScope;

/** Checks what the schema cannot: the scorecard exists, the level is on its ladder, the filter fits. */
async function resolveInitiative(tx: TTransaction, input: { scorecardId: string; targetLevel: string; filter: TInitiativeCreate["filter"]; ownerTeam: string | null }) {
  const scorecard = await getStoredScorecard(tx, input.scorecardId).catch(() => {
    throw AppError.invalid("scorecardId", `No scorecard "${input.scorecardId}" exists.`);
  });
  const levels = scorecard.definition.ladder.map((l) => l.name);
  if (!levels.includes(input.targetLevel)) throw AppError.invalid("targetLevel", `"${input.targetLevel}" is not a level of ${scorecard.definition.name} (${levels.join(", ")}).`);
  const kindOnly: Record<string, string> = { componentKinds: "component", lifecycles: "component", labels: "component", teamTypes: "team", environments: "namespace" };
  for (const [field, kind] of Object.entries(kindOnly)) {
    if (input.filter[field as keyof typeof input.filter] !== undefined && kind !== scorecard.definition.entityKind) throw AppError.invalid(`filter.${field}`, `Only initiatives on a ${kind.replace("-", " ")} scorecard can filter by ${field}.`);
  }
  await checkFilterReferences(tx, input.filter);
  const ownerTeamId = input.ownerTeam === null ? null : (await resolveTeams(tx, "ownerTeam", [input.ownerTeam]))[0]!;
  return { scorecardId: scorecard.id, ownerTeamId };
}

export async function createInitiative(db: TDb, input: TInitiativeCreate) {
  const slug = input.slug ?? slugify(input.name);
  return inTransaction(db, async (tx) => {
    expectSlugFree("initiative", slug, await tx.initiative.findUnique({ where: { slug }, select: { id: true, name: true } }));
    const refs = await resolveInitiative(tx, input);
    return audited(tx, initiativeAudit, "create", (created) => created.id, () =>
      tx.initiative.create({
        data: { slug, name: input.name, description: input.description, targetLevel: input.targetLevel, targetDate: new Date(`${input.targetDate}T23:59:59.999Z`), filter: JSON.stringify(input.filter), ...refs },
        select: { id: true, slug: true, version: true },
      }),
    );
  });
}

export async function updateInitiative(db: TDb, input: TInitiativeUpdate) {
  const { id, version, ...changes } = input;
  return inTransaction(db, async (tx) => {
    const current = expectVersion("initiative", await tx.initiative.findUnique({ where: { id }, select: { ...initiativeSelect } }), input);
    if (changes.slug) expectSlugFree("initiative", changes.slug, await tx.initiative.findUnique({ where: { slug: changes.slug }, select: { id: true, name: true } }), id);
    const merged = {
      scorecardId: changes.scorecardId ?? current.scorecard.slug,
      targetLevel: changes.targetLevel ?? current.targetLevel,
      filter: changes.filter ?? ZScorecardFilterSchema.parse(JSON.parse(current.filter)),
      ownerTeam: changes.ownerTeam === undefined ? (current.ownerTeam?.slug ?? null) : changes.ownerTeam,
    };
    const refs = await resolveInitiative(tx, merged);
    const data = {
      ...(changes.slug ? { slug: changes.slug } : {}),
      ...(changes.name ? { name: changes.name } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.targetDate ? { targetDate: new Date(`${changes.targetDate}T23:59:59.999Z`) } : {}),
      targetLevel: merged.targetLevel,
      filter: JSON.stringify(merged.filter),
      ...refs,
    };
    return audited(tx, initiativeAudit, "update", id, async () => {
      expectOneUpdated("initiative", await tx.initiative.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }), version);
      return tx.initiative.findUniqueOrThrow({ where: { id }, select: { id: true, slug: true, version: true } });
    });
  });
}

export async function deleteInitiative(db: TDb, ref: TEntityRef) {
  return inTransaction(db, async (tx) => {
    expectVersion("initiative", await tx.initiative.findUnique({ where: { id: ref.id }, select: { version: true } }), ref);
    await audited(tx, initiativeAudit, "delete", ref.id, () => tx.initiative.delete({ where: { id: ref.id } }));
    return { id: ref.id };
  });
}

/** An initiative with where it stands now, who has work left, and progress over time. */
export async function getInitiative(db: TDb, slug: string, now: Date, facts?: TFacts) {
  const row = await findInitiative(db, slug);
  if (!row) throw AppError.notFound("initiative", slug);
  const initiative = toInitiative(row);
  const scored = await scoreScorecard(db, initiative.scorecard.slug, now, facts);
  const kind = scored.stored.definition.entityKind;
  const { targetIndex, catalogOf, ...status } = currentStatus(scored, scored.state, initiative);
  const inScope = scored.results.filter((r) => filterAdmits(initiative.filter, { ...r, catalog: catalogOf(r.slug) }));
  const keys = inScope.flatMap((r) => {
    const id = scored.state.ids.idOf(kind, r.slug);
    return id ? [subjectKey(kind, id)] : [];
  });
  const timeline = groupTimeline(await seriesOf(db, scored.stored.id, keys), scored.stored.definition.ladder.length);
  return {
    ...initiative,
    scorecard: { ...initiative.scorecard, entityKind: kind },
    ladder: scored.stored.definition.ladder,
    rules: scored.stored.definition.rules.map(({ id, title, level }) => ({ id, title, level })),
    overdue: isOverdue(initiative.targetDate, now, status.done, status.inScope),
    status,
    progress: timeline.map((point) => ({ takenAt: point.takenAt, entities: point.entities, done: atOrAbove(point, targetIndex), percent: progressPercent(atOrAbove(point, targetIndex), point.entities) })),
  };
}
