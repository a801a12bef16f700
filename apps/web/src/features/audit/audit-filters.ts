import type { RouterInputs } from "@topograph/api";
import { AUDIT_ACTIONS, AUDIT_ENTITY_KINDS, AUDIT_VIAS, type TAuditAction, type TAuditEntityKind, type TAuditVia } from "@topograph/domain";
import { vocabularyFilter } from "../catalog/vocabulary-filter.ts";

/** The log page's filters as its URL keeps them, so a narrowed view can be bookmarked and shared. */
export interface TAuditFilters {
  kind?: TAuditEntityKind;
  /** One entity of `kind`, by slug (or id); set by an entity's history panel, kept only with a kind. */
  key?: string;
  action?: TAuditAction;
  via?: TAuditVia;
  /** A user id or an actor label, exactly as the entry keeps it. */
  actor?: string;
  /** One request, import or scenario apply. */
  correlation?: string;
  /** Days (YYYY-MM-DD) in the reader's time zone, both included. */
  from?: string;
  to?: string;
}

/** Every URL parameter the filters use, in the order links spell them. */
export const AUDIT_FILTER_NAMES = ["kind", "key", "action", "via", "actor", "correlation", "from", "to"] as const satisfies readonly (keyof TAuditFilters)[];

/** What the list and the export are asked, less paging and format. */
export type TAuditFilterInput = Omit<RouterInputs["audit"]["list"], "cursor" | "limit">;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight starting the day, in the reader's time zone; null for anything that is not a real day. */
function startOfDay(day: string, addDays = 0): Date | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const start = new Date(year, month, date);
  // new Date rolls 2026-02-31 over into March; such a day is not one.
  if (start.getFullYear() !== year || start.getMonth() !== month || start.getDate() !== date) return null;
  return addDays ? new Date(year, month, date + addDays) : start;
}

/**
 * The filters in a query string. Unknown vocabulary values and malformed days from a hand-edited
 * link are dropped, so the page shows more rather than an error.
 */
export function readAuditFilters(search: URLSearchParams): TAuditFilters {
  const text = (name: string) => search.get(name)?.trim() || undefined;
  const day = (name: string) => {
    const value = text(name);
    return value && startOfDay(value) ? value : undefined;
  };
  const kind = vocabularyFilter(AUDIT_ENTITY_KINDS, text("kind"));
  const filters: TAuditFilters = {
    kind,
    key: kind ? text("key") : undefined,
    action: vocabularyFilter(AUDIT_ACTIONS, text("action")),
    via: vocabularyFilter(AUDIT_VIAS, text("via")),
    actor: text("actor"),
    correlation: text("correlation"),
    from: day("from"),
    to: day("to"),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as TAuditFilters;
}

/** The filters as URL parameters, the ones set only, e.g. for a link to the log narrowed to them. */
export function auditFilterParams(filters: TAuditFilters): Record<string, string> {
  const params: Record<string, string> = {};
  for (const name of AUDIT_FILTER_NAMES) {
    const value = filters[name];
    if (value) params[name] = value;
  }
  return params;
}

export function hasAuditFilters(filters: TAuditFilters): boolean {
  return Object.keys(auditFilterParams(filters)).length > 0;
}

/**
 * What the API is asked for these filters: a kind with a key is one entity, a kind alone every
 * entity of it; days become instants, `to` the midnight after its day so that day is included.
 */
export function auditFilterInput(filters: TAuditFilters): TAuditFilterInput {
  const from = filters.from ? startOfDay(filters.from) : null;
  const to = filters.to ? startOfDay(filters.to, 1) : null;
  return {
    ...(filters.kind && filters.key ? { entity: { kind: filters.kind, slug: filters.key } } : filters.kind ? { entityKind: filters.kind } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.via ? { via: filters.via } : {}),
    ...(filters.actor ? { actor: filters.actor } : {}),
    ...(filters.correlation ? { correlationId: filters.correlation } : {}),
    ...(from ? { from: from.toISOString() } : {}),
    ...(to ? { to: to.toISOString() } : {}),
  };
}
