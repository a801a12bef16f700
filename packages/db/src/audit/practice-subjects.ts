import type { TAuditSnapshot, TAuditSubject } from "./audited-write.ts";
import type { TTransaction } from "../catalog/integrity.ts";
import type { TAuditEntityKind } from "@topograph/domain";

const slugOf = { select: { slug: true } } as const;
/** The entity a checklist answer, decision or waiver belongs to, by slug; none for the organisation. */
const scopeRelations = { team: slugOf, boundedContext: slugOf, component: slugOf, namespace: slugOf } as const;
type TScopeRow = { team: { slug: string } | null; boundedContext: { slug: string } | null; component: { slug: string } | null; namespace: { slug: string } | null };

/** "organisation", or "<kind>:<slug>" (the scope key with the id replaced by the slug, so it reads). */
function scopeOf(scopeKey: string, row: TScopeRow): string {
  const entity = row.team ?? row.boundedContext ?? row.component ?? row.namespace;
  return entity ? `${scopeKey.split(":")[0]}:${entity.slug}` : "organisation";
}

function subject(kind: TAuditEntityKind, read: (tx: TTransaction, id: string) => Promise<TAuditSnapshot | null>): TAuditSubject {
  return { kind, read };
}

/** Keyed "<scope>|<item>": one answer per item per checklist. When it was answered is the entry's own time. */
export const checklistAnswerAudit = subject("checklist-answer", async (tx, id) => {
  const row = await tx.checklistAnswer.findUnique({ where: { id }, select: { scopeKey: true, itemId: true, status: true, note: true, evidenceLinks: true, answeredBy: true, ...scopeRelations } });
  if (!row) return null;
  const scope = scopeOf(row.scopeKey, row);
  const fields = { scope, itemId: row.itemId, status: row.status, note: row.note, evidenceLinks: JSON.parse(row.evidenceLinks) as unknown, answeredBy: row.answeredBy };
  return { key: `${scope}|${row.itemId}`, name: `${row.itemId} on ${scope}`, fields };
});

/** Keyed "<scope>|<decision point>": one decision per point per scope. */
export const decisionAudit = subject("decision", async (tx, id) => {
  const row = await tx.decision.findUnique({ where: { id }, select: { scopeKey: true, decisionPointId: true, alternativeId: true, rationale: true, decidedBy: true, ...scopeRelations } });
  if (!row) return null;
  const scope = scopeOf(row.scopeKey, row);
  const fields = { scope, decisionPointId: row.decisionPointId, alternativeId: row.alternativeId, rationale: row.rationale, decidedBy: row.decidedBy };
  return { key: `${scope}|${row.decisionPointId}`, name: `${row.decisionPointId} on ${scope}`, fields };
});

export const scorecardAudit = subject("scorecard", async (tx, id) => {
  const row = await tx.scorecard.findUnique({
    where: { id },
    select: {
      slug: true,
      name: true,
      description: true,
      entityKind: true,
      filter: true,
      ladder: true,
      builtIn: true,
      ownerTeam: slugOf,
      rules: { orderBy: { position: "asc" }, select: { ruleId: true, title: true, level: true, category: true, weight: true, expression: true, failureMessage: true, remediation: true, practiceId: true } },
    },
  });
  if (!row) return null;
  const fields = { ...row, ownerTeam: row.ownerTeam?.slug ?? null, filter: JSON.parse(row.filter) as unknown, ladder: JSON.parse(row.ladder) as unknown };
  return { key: row.slug, name: row.name, fields };
});

/** Keyed by id: a rule can be waived for an entity again once an earlier waiver ended. */
export const waiverAudit = subject("waiver", async (tx, id) => {
  const row = await tx.waiver.findUnique({
    where: { id },
    select: { subjectKey: true, ruleId: true, reason: true, expiresAt: true, grantedBy: true, grantedAt: true, revokedAt: true, revokedBy: true, expiryRecordedAt: true, scorecard: slugOf, ...scopeRelations },
  });
  if (!row) return null;
  const entity = scopeOf(row.subjectKey, row);
  const fields = {
    scorecard: row.scorecard.slug,
    ruleId: row.ruleId,
    entity,
    reason: row.reason,
    expiresAt: row.expiresAt.toISOString(),
    grantedBy: row.grantedBy,
    grantedAt: row.grantedAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokedBy: row.revokedBy,
    // Set by the expiry job: the log then shows when the waiver stopped counting.
    expiredAt: row.expiryRecordedAt?.toISOString() ?? null,
  };
  return { key: id, name: `${row.scorecard.slug}/${row.ruleId} for ${entity}`, fields };
});

export const initiativeAudit = subject("initiative", async (tx, id) => {
  const row = await tx.initiative.findUnique({
    where: { id },
    select: { slug: true, name: true, description: true, targetLevel: true, targetDate: true, filter: true, closedAt: true, finalInScope: true, finalDone: true, scorecard: slugOf, ownerTeam: slugOf },
  });
  if (!row) return null;
  const fields = { ...row, closedAt: row.closedAt?.toISOString() ?? null, scorecard: row.scorecard.slug, ownerTeam: row.ownerTeam?.slug ?? null, targetDate: row.targetDate.toISOString().slice(0, 10), filter: JSON.parse(row.filter) as unknown };
  return { key: row.slug, name: row.name, fields };
});

/** Keyed by the source key: one registration per source. */
export const evidenceSourceAudit = subject("evidence-source", async (tx, id) => {
  const row = await tx.evidenceSource.findUnique({ where: { id }, select: { source: true, sourceKey: true, registeredBy: true, component: slugOf } });
  if (!row) return null;
  return { key: row.sourceKey, name: row.sourceKey, fields: { source: JSON.parse(row.source) as unknown, component: row.component?.slug ?? null, registeredBy: row.registeredBy } };
});

/** One entry per scan: its source, counts and the number of findings, not the findings themselves. */
export const evidenceScanAudit = subject("evidence-scan", async (tx, id) => {
  const row = await tx.evidenceScan.findUnique({
    where: { id },
    select: { source: true, sourceKey: true, commit: true, files: true, errors: true, pass: true, fail: true, warn: true, startedAt: true, finishedAt: true, component: slugOf, _count: { select: { findings: true } } },
  });
  if (!row) return null;
  const { _count, ...rest } = row;
  const fields = {
    ...rest,
    source: JSON.parse(row.source) as unknown,
    errors: (JSON.parse(row.errors) as unknown[]).length,
    component: row.component?.slug ?? null,
    findings: _count.findings,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt.toISOString(),
  };
  return { key: id, name: row.commit ? `${row.sourceKey} @ ${row.commit}` : row.sourceKey, fields };
});
