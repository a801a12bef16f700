import type { TAuditAction, TAuditEntityKind, TAuditFields, TAuditVia } from "./vocabulary.ts";

/** An entry as the log returns it. */
export interface TAuditEntry {
  id: string;
  at: Date;
  actorUserId: string | null;
  actorLabel: string;
  via: TAuditVia;
  action: TAuditAction;
  entityKind: TAuditEntityKind;
  entityKey: string;
  entityName: string;
  before: TAuditFields | null;
  after: TAuditFields | null;
  correlationId: string;
}
