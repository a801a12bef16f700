/** The scored-entity table's state, kept in the scorecard page's URL so a filtered view can be shared. */

export const ENTITY_SORTS = ["name", "level", "score", "failing"] as const;
export type TEntitySort = (typeof ENTITY_SORTS)[number];
export type TDirection = "asc" | "desc";

export const TABLE_PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_TABLE_PAGE_SIZE = 25;
/** The API's largest page. */
const MAX_PAGE_SIZE = 500;

export const HEAT_MAP_GROUPS = ["team", "boundedContext"] as const;
export type THeatMapGroup = (typeof HEAT_MAP_GROUPS)[number];

export interface TTableParams {
  team?: string;
  boundedContext?: string;
  q?: string;
  sort: TEntitySort;
  direction: TDirection;
  offset: number;
  limit: number;
}

/** The direction a column sorts in when first chosen: the entities with most work left on top. */
export function defaultDirection(sort: TEntitySort): TDirection {
  return sort === "failing" ? "desc" : "asc";
}

const positiveInt = (value: string | null, fallback: number, max: number) => {
  const number = Number(value);
  return value !== null && Number.isInteger(number) && number >= 0 && number <= max ? number : fallback;
};

export function readTableParams(search: URLSearchParams): TTableParams {
  const sortParam = search.get("sort");
  const sort = (ENTITY_SORTS as readonly string[]).includes(sortParam ?? "") ? (sortParam as TEntitySort) : "level";
  const dirParam = search.get("dir");
  const limit = positiveInt(search.get("limit"), DEFAULT_TABLE_PAGE_SIZE, MAX_PAGE_SIZE) || DEFAULT_TABLE_PAGE_SIZE;
  return {
    team: search.get("team") || undefined,
    boundedContext: search.get("boundedContext") || undefined,
    q: search.get("q")?.trim() || undefined,
    sort,
    direction: dirParam === "asc" || dirParam === "desc" ? dirParam : defaultDirection(sort),
    offset: positiveInt(search.get("offset"), 0, 1_000_000),
    limit,
  };
}

/** Clicking a column header: the same column flips its direction, another starts at its default. */
export function nextSort(current: Pick<TTableParams, "sort" | "direction">, column: TEntitySort): { sort: TEntitySort; direction: TDirection } {
  if (current.sort === column) return { sort: column, direction: current.direction === "asc" ? "desc" : "asc" };
  return { sort: column, direction: defaultDirection(column) };
}

export function readHeatMapGroup(search: URLSearchParams): THeatMapGroup {
  return search.get("groupBy") === "boundedContext" ? "boundedContext" : "team";
}
