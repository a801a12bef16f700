import type { TAuditAction, TAuditEntityKind, TProposedChange } from "@topograph/domain";
import type { TTransaction } from "../catalog/integrity.ts";

/** The entries one correlation id wrote, read back as the changes they record. */
export async function changesRecordedAs(tx: TTransaction, correlationId: string): Promise<TProposedChange[]> {
  const rows = await tx.auditEntry.findMany({ where: { correlationId }, orderBy: { id: "asc" } });
  return rows.map((row) => ({
    entityKind: row.entityKind as TAuditEntityKind,
    entityKey: row.entityKey,
    entityName: row.entityName,
    action: row.action as TAuditAction,
    before: row.before === null ? null : (JSON.parse(row.before) as TProposedChange["before"]),
    after: row.after === null ? null : (JSON.parse(row.after) as TProposedChange["after"]),
  }));
}
