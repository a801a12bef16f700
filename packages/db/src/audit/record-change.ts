import { auditDiff, type TAuditAction, type TAuditChange, type TAuditEntityKind, type TAuditFields } from "@topograph/domain";
import type { TDb } from "../catalog/integrity.ts";
import { currentAudit } from "./audit-context.ts";

const json = (fields: TAuditFields | null) => (fields === null ? null : JSON.stringify(fields));

/** The rows of entries for changes already described, stamped with the current audit context. */
export function auditRows(changes: readonly TAuditChange[]) {
  const { actor, via, correlationId } = currentAudit();
  return changes.map((change) => ({
    actorUserId: actor.userId,
    actorLabel: actor.label,
    via,
    correlationId,
    action: change.action,
    entityKind: change.entityKind,
    entityKey: change.entityKey,
    entityName: change.entityName,
    before: json(change.before),
    after: json(change.after),
  }));
}

/**
 * Appends entries for changes already described, stamped with the current audit context. Call it
 * with the transaction that made the changes: if that transaction fails, the entries go with it.
 */
export async function recordAuditChanges(tx: TDb, changes: readonly TAuditChange[]): Promise<void> {
  if (changes.length > 0) await tx.auditEntry.createMany({ data: auditRows(changes) });
}

/** Records one change from the entity's state before and after; an update that changed nothing is not recorded. */
export async function recordAuditChange(
  tx: TDb,
  action: TAuditAction,
  entity: { kind: TAuditEntityKind; key: string; name: string },
  before: TAuditFields | null,
  after: TAuditFields | null,
): Promise<void> {
  if (currentAudit().summarised) return;
  const diff = auditDiff(action, before, after);
  if (diff) await recordAuditChanges(tx, [{ action, entityKind: entity.kind, entityKey: entity.key, entityName: entity.name, ...diff }]);
}
