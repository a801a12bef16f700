import type { RouterOutputs } from "@topograph/api";

/** A graph as the API returns it (every graph procedure returns the same shape). */
export type TGraph = RouterOutputs["graph"]["ownership"];
export type TGraphNode = TGraph["nodes"][number];
export type TGraphEdge = TGraph["edges"][number];
export type TGraphGroup = TGraph["groups"][number];
export type TGraphNodeKind = TGraphNode["kind"];
export type TGraphEdgeKind = TGraphEdge["kind"];
export type TFacetName = keyof TGraphNode["facets"];

/** A group as drawn: its members counted, and whether it is folded into one node. */
export interface TViewGroup {
  id: string;
  label: string;
  parentId?: string;
  /** Entities inside, at any depth. */
  size: number;
}

/** What the canvas draws as a box: an entity, or a collapsed group standing in for its members. */
export type TViewItem =
  | { type: "entity"; id: string; node: TGraphNode; parentId?: string }
  | { type: "collapsed"; id: string; group: TViewGroup; parentId?: string };

/** An edge as drawn; edges that collapsing made parallel are merged and counted. */
export interface TViewEdge {
  id: string;
  source: string;
  target: string;
  kind: TGraphEdgeKind;
  label?: string;
  emphasis: boolean;
  count: number;
}

export interface TViewGraph {
  items: TViewItem[];
  /** For every entity of the graph, the item drawn for it: itself, or the collapsed group it is folded into. */
  standsFor: Map<string, string>;
  /** Expanded groups only; collapsed ones are items. Parents come before their children. */
  groups: TViewGroup[];
  edges: TViewEdge[];
}
