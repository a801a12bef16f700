import { audited } from "../audit/audited-write.ts";
import { initiativeAudit, waiverAudit } from "../audit/practice-subjects.ts";
import { inTransaction, type TDb } from "../catalog/integrity.ts";
import { listInitiatives } from "./initiatives.ts";
import type { TFacts } from "./scoring.ts";

/**
 * Notes every waiver that lapsed and was not noted yet: an audit entry (the waiver now shows when it
 * expired) so the log says why a score dropped. Conditional on not being noted, so a second run
 * (or a second replica) notes nothing twice. Scoring already ignores expired waivers; the caller
 * records scores afterwards so history shows the drop at expiry rather than at the next snapshot.
 */
export async function noteExpiredWaivers(db: TDb, now: Date): Promise<number> {
  const lapsed = await db.waiver.findMany({ where: { expiresAt: { lte: now }, revokedAt: null, expiryRecordedAt: null }, select: { id: true } });
  let noted = 0;
  for (const { id } of lapsed) {
    noted += await inTransaction(db, (tx) =>
      audited(tx, waiverAudit, "update", id, async () => (await tx.waiver.updateMany({ where: { id, expiryRecordedAt: null }, data: { expiryRecordedAt: now } })).count),
    );
  }
  return noted;
}

/** Closes initiatives whose target date has passed with the outcome on that day: in scope, and at the target level. */
export async function closeDueInitiatives(db: TDb, now: Date, facts?: TFacts): Promise<number> {
  const due = await db.initiative.count({ where: { closedAt: null, targetDate: { lt: startOfDay(now) } } });
  if (due === 0) return 0;
  const initiatives = await listInitiatives(db, now, facts);
  let closed = 0;
  for (const initiative of initiatives.filter((i) => i.closed === null && new Date(`${i.targetDate}T00:00:00Z`) < startOfDay(now))) {
    closed += await inTransaction(db, (tx) =>
      audited(tx, initiativeAudit, "update", initiative.id, async () =>
        (await tx.initiative.updateMany({ where: { id: initiative.id, closedAt: null }, data: { closedAt: now, finalInScope: initiative.status.inScope, finalDone: initiative.status.done } })).count,
      ),
    );
  }
  return closed;
}

/** A target date is met when the day is over: an initiative due today closes tomorrow. */
function startOfDay(now: Date): Date {
  return new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
}
