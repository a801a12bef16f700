import type { TGraphNodeKind } from "./graph-types.ts";

/** URLs of the graph pages, spelled in one place (the app-wide `paths` covers catalog pages). */
export const graphPaths = {
  view: (id: string, query = "") => `/graphs/${id}${query ? `?${query}` : ""}`,
  neighbourhood: (kind: TGraphNodeKind, slug: string, depth = 1) => `/graphs/neighbourhood/${kind}/${encodeURIComponent(slug)}${depth > 1 ? `?depth=${depth}` : ""}`,
  benchmark: "/graphs/benchmark",
};
