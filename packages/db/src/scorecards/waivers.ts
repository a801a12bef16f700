import { AppError, waiverExpiry, waiverExpiryProblem, type TScoredKind, type TWaiver, type TWaiverCreate } from "@topograph/domain";
import { audited } from "../audit/audited-write.ts";
import { waiverAudit } from "../audit/practice-subjects.ts";
import { inTransaction, type TDb } from "../catalog/integrity.ts";
import { getStoredScorecard } from "./definitions.ts";
import { findSubject, subjectColumns, subjectKey, type TSubjectIds } from "./subjects.ts";

const waiverSelect = {
  id: true,
  ruleId: true,
  subjectKey: true,
  reason: true,
  expiresAt: true,
  grantedBy: true,
  grantedAt: true,
  revokedAt: true,
  revokedBy: true,
  scorecard: { select: { slug: true } },
} as const;

/** The list also names the scorecard and the rule; scoring, which reads every active waiver, does not need them. */
const listedWaiverSelect = { ...waiverSelect, scorecard: { select: { slug: true, name: true, rules: { select: { ruleId: true, title: true } } } } } as const;

type TWaiverRow = { id: string; ruleId: string; subjectKey: string; reason: string; expiresAt: Date; grantedBy: string; grantedAt: Date; revokedAt: Date | null; scorecard: { slug: string } };

function toWaiver(row: TWaiverRow, ids: TSubjectIds): TWaiver | undefined {
  const subject = ids.subjectOf(row.subjectKey);
  if (!subject) return undefined;
  return {
    id: row.id,
    scorecardSlug: row.scorecard.slug,
    ruleId: row.ruleId,
    subject,
    reason: row.reason,
    expiresAt: row.expiresAt.toISOString(),
    grantedBy: row.grantedBy,
    grantedAt: row.grantedAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** Waivers that apply now: not revoked and not yet expired (expired ones stop applying by themselves). */
export async function loadActiveWaivers(db: TDb, ids: TSubjectIds, now: Date, scorecardId?: string): Promise<TWaiver[]> {
  const rows = await db.waiver.findMany({ where: { revokedAt: null, expiresAt: { gt: now }, ...(scorecardId ? { scorecardId } : {}) }, select: waiverSelect });
  return rows.flatMap((row) => toWaiver(row, ids) ?? []);
}

export async function listWaivers(db: TDb, ids: TSubjectIds, filter: { scorecardId?: string; entity?: { kind: TScoredKind; slug: string }; includeInactive: boolean }, now: Date) {
  const scorecard = filter.scorecardId ? await getStoredScorecard(db, filter.scorecardId) : undefined;
  let key: string | undefined;
  if (filter.entity) {
    const subject = await findSubject(db, filter.entity.kind, filter.entity.slug);
    if (!subject) throw AppError.notFound(filter.entity.kind.replace("-", " "), filter.entity.slug);
    key = subjectKey(filter.entity.kind, subject.id);
  }
  const rows = await db.waiver.findMany({
    where: { ...(scorecard ? { scorecardId: scorecard.id } : {}), ...(key ? { subjectKey: key } : {}), ...(filter.includeInactive ? {} : { revokedAt: null, expiresAt: { gt: now } }) },
    select: listedWaiverSelect,
    orderBy: [{ grantedAt: "desc" }, { id: "asc" }],
    take: 500,
  });
  return rows.flatMap((row) => {
    const waiver = toWaiver(row, ids);
    if (!waiver) return [];
    const ruleTitle = row.scorecard.rules.find((rule) => rule.ruleId === row.ruleId)?.title ?? null;
    return [{ ...waiver, scorecardName: row.scorecard.name, ruleTitle, revokedBy: row.revokedBy, active: row.revokedAt === null && row.expiresAt > now }];
  });
}

/**
 * Waives one rule of a scorecard for one entity. A rule can carry one active waiver per entity;
 * the entity must be one the scorecard scores.
 */
export async function createWaiver(db: TDb, input: TWaiverCreate, now: Date) {
  const expiresAt = waiverExpiry(input.expiresAt);
  const problem = waiverExpiryProblem(expiresAt, now);
  if (problem) throw AppError.invalid("expiresAt", problem);
  return inTransaction(db, async (tx) => {
    const scorecard = await getStoredScorecard(tx, input.scorecardId);
    if (!scorecard.definition.rules.some((rule) => rule.id === input.ruleId)) throw AppError.invalid("ruleId", `The scorecard "${scorecard.definition.name}" has no rule "${input.ruleId}".`);
    if (input.entity.kind !== scorecard.definition.entityKind) {
      throw AppError.invalid("entity.kind", `The scorecard "${scorecard.definition.name}" scores ${scorecard.definition.entityKind.replace("-", " ")}s, not ${input.entity.kind.replace("-", " ")}s.`);
    }
    const subject = await findSubject(tx, input.entity.kind, input.entity.slug);
    if (!subject) throw AppError.invalid("entity.slug", `No ${input.entity.kind.replace("-", " ")} "${input.entity.slug}" exists.`);
    const key = subjectKey(input.entity.kind, subject.id);
    const existing = await tx.waiver.findFirst({ where: { scorecardId: scorecard.id, ruleId: input.ruleId, subjectKey: key, revokedAt: null, expiresAt: { gt: now } }, select: { expiresAt: true } });
    if (existing) throw new AppError("DUPLICATE", `The rule "${input.ruleId}" is already waived for ${subject.name} until ${existing.expiresAt.toISOString().slice(0, 10)}; revoke that waiver first.`);
    return audited(tx, waiverAudit, "create", (created) => created.id, () =>
      tx.waiver.create({
        data: { scorecardId: scorecard.id, ruleId: input.ruleId, subjectKey: key, ...subjectColumns(input.entity.kind, subject.id), reason: input.reason, expiresAt, grantedBy: input.grantedBy, grantedAt: now },
        select: { id: true, expiresAt: true },
      }),
    );
  });
}

export async function revokeWaiver(db: TDb, input: { id: string; revokedBy: string }, now: Date) {
  return inTransaction(db, async (tx) => {
    const waiver = await tx.waiver.findUnique({ where: { id: input.id }, select: { revokedAt: true } });
    if (!waiver) throw AppError.notFound("waiver", input.id);
    if (waiver.revokedAt) throw new AppError("INVALID", "This waiver was already revoked.");
    // A revoke is an update of the waiver (revokedAt, revokedBy): the waiver stays, inactive.
    await audited(tx, waiverAudit, "update", input.id, () => tx.waiver.update({ where: { id: input.id }, data: { revokedAt: now, revokedBy: input.revokedBy } }));
    return { id: input.id };
  });
}
