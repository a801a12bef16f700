/** What the catalogue page shows; kept in the URL so a filtered catalogue can be shared. */
export interface TCatalogueFilters {
  q: string;
  section?: string;
  category?: string;
  scope?: string;
  /** "evidence": a machine can tell from the repositories; "person": only a person can. */
  verification?: "evidence" | "person";
}

export const FILTER_NAMES = ["section", "category", "scope", "verification"] as const;

interface TFilterableItem {
  id: string;
  section: string;
  category: string;
  scope: string;
  title: string;
  description: string;
  verifiable: boolean;
}

interface TFilterablePoint {
  id: string;
  section: string;
  title: string;
  question: string;
}

export function readCatalogueFilters(params: URLSearchParams): TCatalogueFilters {
  const verification = params.get("verification");
  const filters: TCatalogueFilters = { q: params.get("q")?.trim() ?? "" };
  for (const name of ["section", "category", "scope"] as const) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  if (verification === "evidence" || verification === "person") filters.verification = verification;
  return filters;
}

const includesText = (q: string, texts: string[]) => !q || texts.some((text) => text.toLowerCase().includes(q.toLowerCase()));

export function itemMatches(item: TFilterableItem, filters: TCatalogueFilters): boolean {
  if (filters.section && item.section !== filters.section) return false;
  if (filters.category && item.category !== filters.category) return false;
  if (filters.scope && item.scope !== filters.scope) return false;
  if (filters.verification && item.verifiable !== (filters.verification === "evidence")) return false;
  return includesText(filters.q, [item.id, item.title, item.description]);
}

/** Decision points have no category or verification: a filter on those hides them. */
export function pointMatches(point: TFilterablePoint, filters: TCatalogueFilters): boolean {
  if (filters.category || filters.verification || filters.scope) return false;
  if (filters.section && point.section !== filters.section) return false;
  return includesText(filters.q, [point.id, point.title, point.question]);
}

export interface TCatalogueSection<TItem, TPoint> {
  section: string;
  items: TItem[];
  points: TPoint[];
}

/** Items and decision points by article section, in section order, leaving out sections with nothing to show. */
export function groupBySection<TItem extends TFilterableItem, TPoint extends TFilterablePoint>(
  sections: readonly string[],
  items: readonly TItem[],
  points: readonly TPoint[],
  filters: TCatalogueFilters,
): TCatalogueSection<TItem, TPoint>[] {
  return sections
    .map((section) => ({
      section,
      items: items.filter((item) => item.section === section && itemMatches(item, filters)),
      points: points.filter((point) => point.section === section && pointMatches(point, filters)),
    }))
    .filter((group) => group.items.length > 0 || group.points.length > 0);
}
