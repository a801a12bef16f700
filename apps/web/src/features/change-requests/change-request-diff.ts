import type { TAuditAction, TAuditEntityKind, TProposedChange } from "@topograph/domain";
import { auditFieldChanges, formatAuditValue } from "../audit/audit-changes.ts";

/** One field a request changes, as its page lists it: before → after as text, never markup. */
export interface TDiffRow {
  key: string;
  entityKind: TAuditEntityKind;
  entityName: string;
  action: TAuditAction;
  field: string;
  label: string;
  before: string | null;
  after: string | null;
  /** Set when the value moved on since the request was raised: what it is now. */
  movedOnTo?: { now: string | null };
}

/** A field of the stale warning: `changeRequest.get` names the entity and field whose value moved on. */
export interface TStaleField {
  entityName: string;
  field: string;
  now?: unknown;
}

/**
 * The proposed diff, field by field and entity by entity, read the way the audit log reads its
 * entries (an update's changed fields, a create's values); fields that went stale carry their value now.
 */
export function changeRequestDiffRows(changes: readonly TProposedChange[], staleFields: readonly TStaleField[] = []): TDiffRow[] {
  return changes.flatMap((change) =>
    auditFieldChanges(change).map((field) => {
      const stale = staleFields.find((s) => s.entityName === change.entityName && s.field === field.field);
      return {
        key: `${change.entityKind}:${change.entityKey}:${field.field}`,
        entityKind: change.entityKind,
        entityName: change.entityName || change.entityKey,
        action: change.action,
        ...field,
        ...(stale ? { movedOnTo: { now: formatAuditValue(stale.now) } } : {}),
      };
    }),
  );
}

/** Whether rows need saying which entity they belong to: only when a request changes more than one. */
export function spansEntities(rows: readonly TDiffRow[]): boolean {
  return new Set(rows.map((row) => `${row.entityKind}:${row.entityName}`)).size > 1;
}
