import type { TAuditAction, TAuditEntityKind, TAuditFields } from "@topograph/domain";
import type { TTransaction } from "../catalog/integrity.ts";
import { currentAudit } from "./audit-context.ts";
import { recordAuditChange } from "./record-change.ts";

/** How an entity reads for the log: its key (slug, or id), display name and the fields a change is judged by. */
export interface TAuditSnapshot {
  key: string;
  name: string;
  fields: TAuditFields;
}

/** An audited entity kind and how to read one of its rows as the log shows it (relations by slug). */
export interface TAuditSubject {
  kind: TAuditEntityKind;
  read: (tx: TTransaction, id: string) => Promise<TAuditSnapshot | null>;
}

/**
 * Runs one entity write and records it: reads the entity as the log shows it before and after,
 * in the same transaction, and appends the difference. `id` is the entity's id, or for a create a
 * function of the write's result. Inside a bulk load (summarised) it only runs the write.
 */
export async function audited<T>(tx: TTransaction, subject: TAuditSubject, action: TAuditAction, id: string | ((result: T) => string), work: () => Promise<T>): Promise<T> {
  if (currentAudit().summarised) return work();
  const before = typeof id === "string" && action !== "create" ? await subject.read(tx, id) : null;
  const result = await work();
  const after = action === "delete" ? null : await subject.read(tx, typeof id === "string" ? id : id(result));
  const shown = after ?? before;
  if (shown) await recordAuditChange(tx, action, { kind: subject.kind, key: shown.key, name: shown.name }, before?.fields ?? null, after?.fields ?? null);
  return result;
}
