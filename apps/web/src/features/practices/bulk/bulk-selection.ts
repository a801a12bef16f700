import type { TChecklistScope } from "../shared/scope.ts";

/** A component chosen for the bulk answer; the order is the order of `scopes` the server's issues refer to. */
export interface TSelectedComponent {
  slug: string;
  name: string;
  kind: string;
}

interface TComponentItem {
  scope: string;
  appliesTo: readonly string[] | "all";
}

/** Only practices judged per component can be answered for many components at once. */
export function componentItems<T extends TComponentItem>(items: readonly T[]): T[] {
  return items.filter((item) => item.scope === "component");
}

/** Whether a component of this kind is asked the item; with no item chosen yet, every component is. */
export function isAsked(item: TComponentItem | undefined, kind: string): boolean {
  return !item || item.appliesTo === "all" || item.appliesTo.includes(kind);
}

export type TPageSelection = "all" | "some" | "none";

/** How much of a page's selectable rows is selected, for the "select all on this page" checkbox. */
export function pageSelection(selected: readonly TSelectedComponent[], rows: readonly TSelectedComponent[], item: TComponentItem | undefined): TPageSelection {
  const selectable = rows.filter((row) => isAsked(item, row.kind));
  const chosen = new Set(selected.map((component) => component.slug));
  const count = selectable.filter((row) => chosen.has(row.slug)).length;
  if (count === 0) return "none";
  return count === selectable.length ? "all" : "some";
}

/** Selects every row on the page the item is asked of, or, when all are selected already, none of them. */
export function togglePage(selected: readonly TSelectedComponent[], rows: readonly TSelectedComponent[], item: TComponentItem | undefined): TSelectedComponent[] {
  const selectable = rows.filter((row) => isAsked(item, row.kind));
  if (pageSelection(selected, rows, item) === "all") {
    const onPage = new Set(selectable.map((row) => row.slug));
    return selected.filter((component) => !onPage.has(component.slug));
  }
  const chosen = new Set(selected.map((component) => component.slug));
  return [...selected, ...selectable.filter((row) => !chosen.has(row.slug)).map(({ slug, name, kind }) => ({ slug, name, kind }))];
}

export function toggleOne(selected: readonly TSelectedComponent[], row: TSelectedComponent): TSelectedComponent[] {
  return selected.some((component) => component.slug === row.slug)
    ? selected.filter((component) => component.slug !== row.slug)
    : [...selected, { slug: row.slug, name: row.name, kind: row.kind }];
}

export function bulkScopes(selected: readonly TSelectedComponent[]): TChecklistScope[] {
  return selected.map((component) => ({ kind: "component", slug: component.slug }));
}

/**
 * The server names a refused checklist `scopes.N` and passes on the inner error's whole message,
 * which starts with the inner field's name ("itemId: The practice … is not asked …"). Next to the
 * component that name says nothing, so it is dropped.
 */
export function scopeIssueText(message: string): string {
  return message.replace(/^[A-Za-z][\w.]*: /, "");
}
