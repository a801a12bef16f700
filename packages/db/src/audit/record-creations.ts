import type { TAuditChange } from "@topograph/domain";
import { inChunks } from "../bulk/catalog-inserts.ts";
import type { TTransaction } from "../catalog/integrity.ts";
import type { TCatalogAuditSubject } from "./catalog-subjects.ts";
import { recordAuditChanges } from "./record-change.ts";

/**
 * Records entries a bulk write created: one "create" entry each, with the entry as the log shows it
 * once the whole write is done (its links included), as if it had been created one at a time.
 */
export async function recordCreations(tx: TTransaction, subject: TCatalogAuditSubject, ids: readonly string[]): Promise<void> {
  await inChunks(ids, async (chunk) => {
    const snapshots = await subject.readMany(tx, chunk);
    const changes = chunk.flatMap((id): TAuditChange[] => {
      const shown = snapshots.get(id);
      return shown ? [{ action: "create", entityKind: subject.kind, entityKey: shown.key, entityName: shown.name, before: null, after: shown.fields }] : [];
    });
    await recordAuditChanges(tx, changes);
  });
}
