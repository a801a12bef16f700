import type { TAuditChange } from "@topograph/domain";
import { inChunks } from "../bulk/catalog-inserts.ts";
import { insertRows } from "../bulk/insert-rows.ts";
import type { TTransaction } from "../catalog/integrity.ts";
import type { TCatalogAuditSubject } from "./catalog-subjects.ts";
import { auditRows } from "./record-change.ts";

/**
 * Records entries a bulk write created: one "create" entry each, with the entry as the log shows it
 * once the whole write is done (its links included), as if it had been created one at a time.
 */
export async function recordCreations(tx: TTransaction, subject: TCatalogAuditSubject, ids: readonly string[]): Promise<void> {
  const at = new Date();
  await inChunks(ids, async (chunk) => {
    const snapshots = await subject.readMany(tx, chunk);
    const changes = chunk.flatMap((id): TAuditChange[] => {
      const shown = snapshots.get(id);
      return shown ? [{ action: "create", entityKind: subject.kind, entityKey: shown.key, entityName: shown.name, before: null, after: shown.fields }] : [];
    });
    await insertRows(tx, "AuditEntry", auditRows(changes).map((row) => ({ at, ...row })));
  });
}
