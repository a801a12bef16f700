import { useMemo } from "react";
import { collapseGroups } from "./collapse.ts";
import { availableColourings, colourGraph, type TColouring } from "./colour.ts";
import type { TGraph, TViewGraph } from "./graph-types.ts";
import { availableGroupings, groupGraph, type TGroupBy, type TNameOf } from "./grouping.ts";
import type { TGraphViewState } from "./url-state.ts";

export interface TDrawnGraph {
  view: TViewGraph | null;
  colouring: TColouring;
  groupings: TGroupBy[];
  colourings: TGraphViewState["colourBy"][];
  /** The grouping in effect: the one asked for when this graph supports it, otherwise none. */
  groupBy: TGroupBy;
}

const NO_COLOURING: TColouring = { colourOf: () => undefined, legend: [] };

/** The fetched graph turned into what the canvas draws: grouped, collapsed and coloured as asked. */
export function useDrawnGraph(graph: TGraph | undefined, state: TGraphViewState, nameOf: TNameOf): TDrawnGraph {
  const groupings = useMemo(() => (graph ? availableGroupings(graph, nameOf) : (["none"] as TGroupBy[])), [graph, nameOf]);
  const groupBy = groupings.includes(state.groupBy) ? state.groupBy : "none";
  const grouped = useMemo(() => (graph ? groupGraph(graph, groupBy, nameOf) : undefined), [graph, groupBy, nameOf]);
  const collapsedKey = state.collapsed.join(",");
  const view = useMemo(() => (grouped ? collapseGroups(grouped, new Set(collapsedKey.split(",").filter(Boolean))) : null), [grouped, collapsedKey]);
  const colourings = useMemo(() => (graph ? availableColourings(graph) : []), [graph]);
  const colouring = useMemo(
    () => (graph && colourings.includes(state.colourBy) ? colourGraph(graph, state.colourBy, (slug) => nameOf("team", slug)) : NO_COLOURING),
    [graph, colourings, state.colourBy, nameOf],
  );
  return { view, colouring, groupings, colourings, groupBy };
}
