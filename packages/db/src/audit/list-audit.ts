import {
  MAX_AUDIT_EXPORT,
  type TAuditAction,
  type TAuditEntityKind,
  type TAuditEntry,
  type TAuditFilter,
  type TAuditForEntityInput,
  type TAuditListInput,
  type TAuditVia,
} from "@topograph/domain";
import type { TDb } from "../catalog/integrity.ts";
import type { Prisma } from "../generated/prisma/client.ts";

function whereOf(filter: TAuditFilter): Prisma.AuditEntryWhereInput {
  return {
    ...(filter.entityKind ? { entityKind: filter.entityKind } : {}),
    ...(filter.entity ? { entityKind: filter.entity.kind, entityKey: filter.entity.slug } : {}),
    ...(filter.actor ? { OR: [{ actorUserId: filter.actor }, { actorLabel: filter.actor }] } : {}),
    ...(filter.via ? { via: filter.via } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.correlationId ? { correlationId: filter.correlationId } : {}),
    ...(filter.from || filter.to ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
  };
}

type TAuditRow = Prisma.AuditEntryGetPayload<object>;

function toEntry(row: TAuditRow): TAuditEntry {
  return {
    id: String(row.id),
    at: row.at,
    actorUserId: row.actorUserId,
    actorLabel: row.actorLabel,
    via: row.via as TAuditVia,
    action: row.action as TAuditAction,
    entityKind: row.entityKind as TAuditEntityKind,
    entityKey: row.entityKey,
    entityName: row.entityName,
    before: row.before === null ? null : (JSON.parse(row.before) as TAuditEntry["before"]),
    after: row.after === null ? null : (JSON.parse(row.after) as TAuditEntry["after"]),
    correlationId: row.correlationId,
  };
}

/**
 * A page of the log, newest first. Entries are ordered by their id, which grows with every append,
 * so the cursor (the last id seen) stays stable while new entries arrive.
 */
export async function listAuditEntries(db: TDb, input: TAuditListInput): Promise<{ items: TAuditEntry[]; nextCursor: string | null }> {
  const { cursor, limit, ...filter } = input;
  const rows = await db.auditEntry.findMany({
    where: { ...whereOf(filter), ...(cursor ? { id: { lt: Number(cursor) } } : {}) },
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const items = rows.slice(0, limit).map(toEntry);
  return { items, nextCursor: rows.length > limit ? items.at(-1)!.id : null };
}

/** One entity's history, newest first. */
export function listAuditForEntity(db: TDb, input: TAuditForEntityInput) {
  return listAuditEntries(db, input);
}

/** Every entry matching the filter, newest first, up to MAX_AUDIT_EXPORT; `truncated` says when more matched. */
export async function exportAuditEntries(db: TDb, filter: TAuditFilter): Promise<{ entries: TAuditEntry[]; truncated: boolean }> {
  const rows = await db.auditEntry.findMany({ where: whereOf(filter), orderBy: { id: "desc" }, take: MAX_AUDIT_EXPORT + 1 });
  return { entries: rows.slice(0, MAX_AUDIT_EXPORT).map(toEntry), truncated: rows.length > MAX_AUDIT_EXPORT };
}
