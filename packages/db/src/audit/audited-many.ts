import { auditDiff, type TAuditChange } from "@topograph/domain";
import type { TTransaction } from "../catalog/integrity.ts";
import { currentAudit } from "./audit-context.ts";
import type { TCatalogAuditSubject } from "./catalog-subjects.ts";
import { recordAuditChanges } from "./record-change.ts";

/**
 * Runs one write that updates many entries of a kind and records each entry's change, as `audited`
 * does for one: but every entry is read before and after in one query each, not two per entry
 * (a scenario apply moving 72 components' owners read them 144 times).
 */
export async function auditedUpdates<T>(tx: TTransaction, subject: TCatalogAuditSubject, ids: readonly string[], work: () => Promise<T>): Promise<T> {
  if (currentAudit().summarised || ids.length === 0) return work();
  const before = await subject.readMany(tx, ids);
  const result = await work();
  const after = await subject.readMany(tx, ids);
  const changes = ids.flatMap((id): TAuditChange[] => {
    const shown = after.get(id) ?? before.get(id);
    const diff = shown && auditDiff("update", before.get(id)?.fields ?? null, after.get(id)?.fields ?? null);
    return shown && diff ? [{ action: "update", entityKind: subject.kind, entityKey: shown.key, entityName: shown.name, ...diff }] : [];
  });
  await recordAuditChanges(tx, changes);
  return result;
}
