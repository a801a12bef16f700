import { auditDiff, type TAuditAction, type TAuditChange, type TAuditEntityKind, type TAuditFields } from "@topograph/domain";
import type { TDb } from "../catalog/integrity.ts";
import { insertRows } from "../bulk/insert-rows.ts";
import { currentAudit } from "./audit-context.ts";

const json = (fields: TAuditFields | null) => (fields === null ? null : JSON.stringify(fields));

/**
 * Appends entries for changes already described, stamped with the current audit context. Call it
 * with the transaction that made the changes: if that transaction fails, the entries go with it.
 * Plain multi-row inserts: an import appends tens of thousands at once.
 */
export async function recordAuditChanges(tx: TDb, changes: readonly TAuditChange[]): Promise<void> {
  const { actor, via, correlationId } = currentAudit();
  const at = new Date();
  await insertRows(tx, "AuditEntry", changes.map((change) => ({
    at,
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
  })));
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
