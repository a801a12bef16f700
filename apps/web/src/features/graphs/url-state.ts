import { COMPONENT_KINDS, DEFAULT_GRAPH_NODES, MAX_GRAPH_NODES } from "@topograph/domain";
import { COLOUR_BYS, type TColourBy } from "./colour.ts";
import { GROUP_BYS, type TGroupBy } from "./grouping.ts";

/** The filters a graph procedure takes, named as the API and the URL name them. */
export const FILTER_NAMES = ["teamSlug", "boundedContextSlug", "componentKind", "environmentSlug", "clusterSlug"] as const;
export type TFilterName = (typeof FILTER_NAMES)[number];

export interface TGraphFilterInput {
  teamSlug?: string;
  boundedContextSlug?: string;
  componentKind?: (typeof COMPONENT_KINDS)[number];
  environmentSlug?: string;
  clusterSlug?: string;
  maxNodes: number;
}

export const GRAPH_TABS = ["diagram", "mermaid"] as const;
export type TGraphTab = (typeof GRAPH_TABS)[number];

/** How a graph is drawn, apart from what the server is asked for. */
export interface TGraphViewState {
  groupBy: TGroupBy;
  colourBy: TColourBy;
  /** Ids of collapsed groups. */
  collapsed: string[];
  tab: TGraphTab;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T => (value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback);

/** The server filter in a query string: only the names the view uses, unknown values dropped, the cap clamped. */
export function readFilter(params: URLSearchParams, allowed: readonly TFilterName[]): TGraphFilterInput {
  const filter: TGraphFilterInput = { maxNodes: readMaxNodes(params) };
  for (const name of allowed) {
    const value = params.get(name)?.trim();
    if (!value) continue;
    if (name === "componentKind") {
      if ((COMPONENT_KINDS as readonly string[]).includes(value)) filter.componentKind = value as TGraphFilterInput["componentKind"];
    } else filter[name] = value;
  }
  return filter;
}

export function readMaxNodes(params: URLSearchParams): number {
  const value = Number(params.get("maxNodes"));
  return Number.isInteger(value) && value >= 1 ? Math.min(value, MAX_GRAPH_NODES) : DEFAULT_GRAPH_NODES;
}

export function readViewState(params: URLSearchParams, defaults: Pick<TGraphViewState, "groupBy" | "colourBy">): TGraphViewState {
  return {
    groupBy: oneOf(GROUP_BYS, params.get("groupBy"), defaults.groupBy),
    colourBy: oneOf(COLOUR_BYS, params.get("colourBy"), defaults.colourBy),
    collapsed: (params.get("collapsed") ?? "").split(",").filter(Boolean),
    tab: oneOf(GRAPH_TABS, params.get("tab"), "diagram"),
  };
}

/** The query string after changes; defaults and empty values are left out, so shared links stay short. */
export function withChanges(current: URLSearchParams, changes: Record<string, string | number | string[] | undefined>, defaults: Record<string, string | number> = {}): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [name, raw] of Object.entries(changes)) {
    const value = Array.isArray(raw) ? raw.join(",") : raw === undefined ? "" : String(raw);
    if (value === "" || String(defaults[name] ?? "") === value) next.delete(name);
    else next.set(name, value);
  }
  return next;
}

/** The next cap when the user asks for more: double, within the server's limit. */
export function nextMaxNodes(current: number): number {
  return Math.min(MAX_GRAPH_NODES, Math.max(current * 2, DEFAULT_GRAPH_NODES));
}
