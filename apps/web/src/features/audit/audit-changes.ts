import type { TAuditAction } from "@topograph/domain";

/** One field of an entry as the log shows it; a side is null when it held nothing. */
export interface TFieldChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

type TFields = Record<string, unknown> | null;

/** Kept by every row, said by the entry itself; never news in the changes column. */
const BOOKKEEPING = new Set(["id", "version", "createdAt", "updatedAt"]);

/** Longer values (a whole description) are cut here in a table row; the full text goes in a tooltip. */
export const MAX_SHOWN_LENGTH = 160;

/** The text cut at a word boundary near `max` characters, with an ellipsis, or as it is when short enough. */
export function clipText(text: string, max = MAX_SHOWN_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "contactChannel" → "Contact channel". */
export function fieldLabel(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const isScalar = (value: unknown): value is string | number | boolean => ["string", "number", "boolean"].includes(typeof value);

function scalarText(value: string | number | boolean): string {
  return typeof value === "boolean" ? (value ? "yes" : "no") : String(value);
}

/** A related row (a member, a dependency) as its filled-in values, e.g. "Bo · bo@example.com". */
function itemText(item: unknown): string {
  if (isScalar(item)) return scalarText(item);
  if (item && typeof item === "object" && !Array.isArray(item) && Object.values(item).every((value) => value === null || isScalar(value))) {
    return Object.values(item)
      .filter((value) => value !== null && value !== "")
      .map((value) => scalarText(value as string | number | boolean))
      .join(" · ");
  }
  return JSON.stringify(item);
}

/**
 * A stored value as a line of text: lists joined with commas, a flat object as "key: value" pairs,
 * anything deeper as JSON. Null, "" and [] are no value at all.
 */
export function formatAuditValue(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (isScalar(value)) return scalarText(value);
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(itemText).join(", ");
  if (typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return null;
    if (entries.every(([, inner]) => inner === null || isScalar(inner))) return entries.map(([key, inner]) => `${key}: ${inner === null ? "none" : scalarText(inner)}`).join(", ");
  }
  return JSON.stringify(value);
}

/**
 * What an entry changed, field by field. An update stores only the fields that changed, each shown
 * before → after; a create shows what it set and a delete what was there, leaving out empty fields.
 */
export function auditFieldChanges(entry: { action: TAuditAction; before: TFields; after: TFields }): TFieldChange[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !BOOKKEEPING.has(field));
  const changes = fields.map((field) => ({
    field,
    label: fieldLabel(field),
    before: entry.action === "create" ? null : formatAuditValue(before[field]),
    after: entry.action === "delete" ? null : formatAuditValue(after[field]),
  }));
  return entry.action === "update" ? changes : changes.filter((change) => change.before !== null || change.after !== null);
}
