import {
  AppError,
  checklistItems,
  checklistProgress,
  PRACTICE_CATALOGUE,
  PRACTICE_SECTIONS,
  resolveChecklist,
  withEvidence,
  type TAnswerStatus,
  type TBulkSetAnswerInput,
  type TChecklistScope,
  type TPracticeSection,
  type TRecordedAnswer,
  type TSetAnswerInput,
} from "@topograph/domain";
import { audited } from "../audit/audited-write.ts";
import { checklistAnswerAudit } from "../audit/practice-subjects.ts";
import { expectOneUpdated, inTransaction, staleVersion, type TDb, type TTransaction } from "../catalog/integrity.ts";
import { pageOf } from "../catalog/pagination.ts";
import { resolveScope, type TResolvedScope } from "./scope.ts";

const answerSelect = { itemId: true, status: true, note: true, evidenceLinks: true, answeredBy: true, answeredAt: true, version: true } as const;

type TAnswerRow = { itemId: string; status: string; note: string; evidenceLinks: string; answeredBy: string; answeredAt: Date; version: number };

const toRecorded = (row: TAnswerRow): TRecordedAnswer & { version: number } => ({
  itemId: row.itemId,
  status: row.status as TAnswerStatus,
  note: row.note,
  evidenceLinks: JSON.parse(row.evidenceLinks) as string[],
  answeredBy: row.answeredBy,
  answeredAt: row.answeredAt.toISOString(),
  version: row.version,
});

export async function getChecklist(db: TDb, scope: TChecklistScope) {
  const resolved = await resolveScope(db, scope);
  const keys = [resolved.key, ...resolved.parents.map((p) => p.key)];
  const [rows, facts] = await Promise.all([
    db.checklistAnswer.findMany({ where: { scopeKey: { in: keys } }, select: { ...answerSelect, scopeKey: true } }),
    // Evidence facts share the checklist's entity key ("component:<id>"); practice checks use the item ID as key.
    db.evidenceFact.findMany({ where: { subjectKey: resolved.key }, select: { key: true, value: true, message: true, source: true, file: true, line: true, observedAt: true } }),
  ]);
  const answersOf = (key: string) => rows.filter((r) => r.scopeKey === key).map(toRecorded);
  const items = checklistItems(PRACTICE_CATALOGUE, resolved.kind, resolved.componentKind);
  const evidence = new Map(
    facts.flatMap((f) => {
      const value = JSON.parse(f.value) as unknown;
      return typeof value === "boolean" ? [[f.key, { holds: value, message: f.message, source: f.source, file: f.file, line: f.line, observedAt: f.observedAt.toISOString() }] as const] : [];
    }),
  );
  const entries = withEvidence(
    resolveChecklist(
      items,
      answersOf(resolved.key),
      resolved.parents.map((p) => ({ kind: p.kind, ...(p.slug ? { slug: p.slug } : {}), name: p.name, answers: answersOf(p.key) })),
    ),
    evidence,
  );
  const sections = (Object.keys(PRACTICE_SECTIONS) as TPracticeSection[])
    .map((section) => {
      const inSection = entries.filter((e) => e.item.section === section);
      return { section, title: PRACTICE_SECTIONS[section], progress: checklistProgress(inSection), entries: inSection };
    })
    .filter((s) => s.entries.length > 0);
  const retired = new Set(PRACTICE_CATALOGUE.retiredItemIds);
  return {
    scope: { kind: resolved.kind, slug: resolved.slug ?? null, name: resolved.name, componentKind: resolved.componentKind ?? null },
    catalogueVersion: PRACTICE_CATALOGUE.version,
    progress: checklistProgress(entries),
    sections,
    /** Answers kept for items a later catalogue version retired. */
    retiredAnswers: answersOf(resolved.key).filter((a) => retired.has(a.itemId)),
  };
}


function expectAsked(resolved: TResolvedScope, itemId: string) {
  const items = checklistItems(PRACTICE_CATALOGUE, resolved.kind, resolved.componentKind);
  if (!items.some((item) => item.id === itemId)) {
    const known = PRACTICE_CATALOGUE.items.some((item) => item.id === itemId);
    throw AppError.invalid("itemId", known ? `The practice "${itemId}" is not asked on the checklist of ${resolved.kind} "${resolved.name}".` : `No practice "${itemId}" exists in catalogue version ${PRACTICE_CATALOGUE.version}.`);
  }
}

async function writeAnswer(tx: TTransaction, resolved: TResolvedScope, input: Omit<TSetAnswerInput, "scope">, checkVersion: boolean) {
  const current = await tx.checklistAnswer.findUnique({ where: { scopeKey_itemId: { scopeKey: resolved.key, itemId: input.itemId } }, select: { id: true, status: true, version: true } });
  if (checkVersion && current && input.version !== current.version) throw staleVersion("answer", input.version ?? 0, current.version);
  if (checkVersion && !current && input.version !== undefined) throw staleVersion("answer", input.version, "unknown");
  const answeredAt = new Date();
  const fields = { status: input.status, note: input.note, evidenceLinks: JSON.stringify(input.evidenceLinks), answeredBy: input.answeredBy, answeredAt };
  const select = { ...answerSelect, id: true } as const;
  const saved = current
    ? await audited(tx, checklistAnswerAudit, "update", current.id, async () => {
        // The version read above is repeated in the write: on PostgreSQL another transaction may have answered in between.
        const guard = checkVersion ? { version: current.version } : {};
        expectOneUpdated("answer", await tx.checklistAnswer.updateMany({ where: { id: current.id, ...guard }, data: { ...fields, version: { increment: 1 } } }), current.version);
        return tx.checklistAnswer.findUniqueOrThrow({ where: { id: current.id }, select });
      })
    : await audited(tx, checklistAnswerAudit, "create", (row) => row.id, () => tx.checklistAnswer.create({ data: { ...fields, ...resolved.columns, scopeKey: resolved.key, itemId: input.itemId }, select }));
  await tx.checklistAnswerChange.create({
    data: { ...fields, ...resolved.columns, scopeKey: resolved.key, itemId: input.itemId, previousStatus: current?.status ?? null },
  });
  return toRecorded(saved);
}

export async function setChecklistAnswer(db: TDb, input: TSetAnswerInput) {
  return inTransaction(db, async (tx) => {
    const resolved = await resolveScope(tx, input.scope);
    expectAsked(resolved, input.itemId);
    return writeAnswer(tx, resolved, input, true);
  });
}

/** Marks one item on many checklists at once, all or nothing; each change goes into the history. */
export async function bulkSetChecklistAnswer(db: TDb, input: TBulkSetAnswerInput) {
  return inTransaction(db, async (tx) => {
    const resolved = [];
    for (const [index, scope] of input.scopes.entries()) {
      try {
        const one = await resolveScope(tx, scope);
        expectAsked(one, input.itemId);
        resolved.push(one);
      } catch (error) {
        // Name the checklist that refused; the inner sentence without its own field prefix.
        if (error instanceof AppError) throw AppError.invalid(`scopes.${index}`, error.issues[0]?.message ?? error.message);
        throw error;
      }
    }
    for (const one of resolved) await writeAnswer(tx, one, input, false);
    return { updated: resolved.length };
  });
}

export async function getChecklistHistory(db: TDb, input: { scope: TChecklistScope; itemId?: string; cursor?: string; limit: number }) {
  const resolved = await resolveScope(db, input.scope);
  const where = { scopeKey: resolved.key, ...(input.itemId ? { itemId: input.itemId } : {}) };
  return pageOf(
    input,
    () => db.checklistAnswerChange.count({ where }),
    async (args) =>
      (
        await db.checklistAnswerChange.findMany({
          where,
          select: { id: true, itemId: true, previousStatus: true, status: true, note: true, evidenceLinks: true, answeredBy: true, answeredAt: true },
          orderBy: [{ answeredAt: "desc" }, { id: "desc" }],
          ...args,
        })
      ).map((row) => ({ ...row, evidenceLinks: JSON.parse(row.evidenceLinks) as string[] })),
  );
}
