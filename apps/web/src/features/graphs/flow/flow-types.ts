import type { Edge, Node } from "@xyflow/react";
import type { TGraphNode, TViewEdge, TViewGroup } from "../graph-types.ts";
import type { TPoint } from "../layout/layout-types.ts";

export interface TEntityNodeData extends Record<string, unknown> {
  node: TGraphNode;
  caption: string;
  colour?: string;
  highlighted: boolean;
  /** The entry a neighbourhood is drawn around. */
  centre: boolean;
  /** The entity page the node opens. */
  href: string;
  /** The neighbourhood view offers to expand around a node and to re-centre on it. */
  expandable: boolean;
}

export interface TGroupNodeData extends Record<string, unknown> {
  group: TViewGroup;
}

export interface TCollapsedNodeData extends Record<string, unknown> {
  group: TViewGroup;
  caption: string;
  highlighted: boolean;
}

export type TEntityFlowNode = Node<TEntityNodeData, "entity">;
export type TGroupFlowNode = Node<TGroupNodeData, "frame">;
export type TCollapsedFlowNode = Node<TCollapsedNodeData, "collapsed">;
/** Every node the graph canvas draws. */
export type TGraphFlowNode = TEntityFlowNode | TGroupFlowNode | TCollapsedFlowNode;

export interface TRelationEdgeData extends Record<string, unknown> {
  edge: TViewEdge;
  /** Text in the middle of the edge; for context-map edges the pattern without its U/D ends. */
  text?: string;
  /** Context-map edges mark their upstream and downstream ends. */
  ends?: { source: string; target: string };
  title?: string;
  /** ELK's route (absolute start, bends, end) when the layout computed one. */
  route?: TPoint[];
  /** Parallel edges (two patterns between the same contexts) spread their labels apart. */
  labelOffset?: { x: number; y: number };
}

export type TRelationFlowEdge = Edge<TRelationEdgeData, "relation">;
