import { MarkerType, Position, type NodeHandle } from "@xyflow/react";
import { paths } from "../../../lib/paths.ts";
import type { TGraphNode, TViewGraph } from "../graph-types.ts";
import { collapsedCaption } from "../layout-request.ts";
import type { TLayoutDirection, TLayoutResult, TPoint } from "../layout/layout-types.ts";
import { nodeCaption } from "../node-caption.ts";
import { presentEdge } from "./edge-presentation.ts";
import type { TRect } from "./edges-in-view.ts";
import { spreadLabels } from "./label-placement.ts";
import { labelPoint } from "./route-path.ts";
import type { TGraphFlowNode, TRelationFlowEdge } from "./flow-types.ts";

export interface TNodeDecoration {
  colourOf: (node: TGraphNode) => string | undefined;
  /** Items (entity or collapsed group ids) to ring, e.g. search matches. */
  highlighted: ReadonlySet<string>;
  expandable: boolean;
  /** The entity a neighbourhood is drawn around, marked as such. */
  centreId?: string;
}

const ARIA_KIND: Record<TGraphNode["kind"], string> = {
  team: "Team",
  "solution-area": "Solution area",
  "bounded-context": "Bounded context",
  component: "Component",
  repository: "Repository",
  namespace: "Namespace",
};

/**
 * Where edges attach, declared up front: the middle of the side facing the flow in, and of the side
 * facing it out. React Flow otherwise mounts every node once just to measure its handles, which for
 * thousands of nodes costs seconds and defeats `onlyRenderVisibleElements`.
 */
export function handlesOf(width: number, height: number, direction: TLayoutDirection): NodeHandle[] {
  return direction === "RIGHT"
    ? [
        { type: "target", position: Position.Left, x: 0, y: height / 2 - 0.5, width: 1, height: 1 },
        { type: "source", position: Position.Right, x: width - 1, y: height / 2 - 0.5, width: 1, height: 1 },
      ]
    : [
        { type: "target", position: Position.Top, x: width / 2 - 0.5, y: 0, width: 1, height: 1 },
        { type: "source", position: Position.Bottom, x: width / 2 - 0.5, y: height - 1, width: 1, height: 1 },
      ];
}

/**
 * React Flow nodes for a laid-out graph: groups as frames (parents first, members positioned inside
 * them), entities and collapsed groups as boxes. Items the layout did not place are left out.
 */
export function toFlowNodes(view: TViewGraph, layout: TLayoutResult, direction: TLayoutDirection, decoration: TNodeDecoration): TGraphFlowNode[] {
  const handles = direction === "RIGHT" ? { sourcePosition: Position.Right, targetPosition: Position.Left } : { sourcePosition: Position.Bottom, targetPosition: Position.Top };
  const nodes: TGraphFlowNode[] = [];
  for (const group of view.groups) {
    const place = layout.placements[group.id];
    if (!place) continue;
    nodes.push({
      id: group.id,
      type: "frame",
      position: { x: place.x, y: place.y },
      width: place.width,
      height: place.height,
      measured: { width: place.width, height: place.height },
      data: { group },
      // Frames have no edges: nothing to measure.
      handles: [],
      selectable: false,
      focusable: false,
      ...(group.parentId ? { parentId: group.parentId } : {}),
    });
  }
  for (const item of view.items) {
    const place = layout.placements[item.id];
    if (!place) continue;
    const common = {
      id: item.id,
      position: { x: place.x, y: place.y },
      width: place.width,
      height: place.height,
      // Sizes are known from the layout: React Flow can cull, fit and route edges without measuring first.
      measured: { width: place.width, height: place.height },
      handles: handlesOf(place.width, place.height, direction),
      ...handles,
      ...(item.parentId ? { parentId: item.parentId } : {}),
    };
    if (item.type === "entity") {
      const colour = decoration.colourOf(item.node);
      nodes.push({
        ...common,
        type: "entity",
        ariaLabel: `${ARIA_KIND[item.node.kind]} ${item.node.label}. Press Enter to open its page.`,
        data: {
          node: item.node,
          caption: nodeCaption(item.node),
          highlighted: decoration.highlighted.has(item.id),
          centre: item.id === decoration.centreId,
          href: paths.detail(item.node.kind, item.node.slug),
          expandable: decoration.expandable,
          ...(colour ? { colour } : {}),
        },
      });
    } else {
      nodes.push({
        ...common,
        type: "collapsed",
        ariaLabel: `Collapsed group ${item.group.label} with ${item.group.size} entries. Press Enter to expand it.`,
        data: { group: item.group, caption: collapsedCaption(item.group.size), highlighted: decoration.highlighted.has(item.id) },
      });
    }
  }
  return nodes;
}

/**
 * Above this many edges labels are left out: thousands of them cost more to draw than they tell at
 * the zoom such a graph is seen at. Tooltips on the legend and entity pages still say it all.
 */
export const EDGE_LABEL_LIMIT = 1500;

/** Where an edge's label sits before spreading: on ELK's route, or halfway between the handles (as the curve's middle). */
function labelAnchor(edge: TViewGraph["edges"][number], direction: TLayoutDirection, boxes: Map<string, TRect>, route: TPoint[] | undefined): TPoint | null {
  if (route && route.length >= 2) return labelPoint(route);
  const source = boxes.get(edge.source);
  const target = boxes.get(edge.target);
  if (!source || !target) return null;
  const out = direction === "RIGHT" ? { x: source.x + source.width, y: source.y + source.height / 2 } : { x: source.x + source.width / 2, y: source.y + source.height };
  const into = direction === "RIGHT" ? { x: target.x, y: target.y + target.height / 2 } : { x: target.x + target.width / 2, y: target.y };
  return { x: (out.x + into.x) / 2, y: (out.y + into.y) / 2 };
}

/**
 * React Flow edges between drawn items, styled by kind and emphasis. Given the boxes' absolute
 * places, labels that would cover each other are moved apart.
 */
export function toFlowEdges(view: TViewGraph, direction: TLayoutDirection, routes: TLayoutResult["routes"] = {}, boxes?: Map<string, TRect>): TRelationFlowEdge[] {
  const labelled = view.edges.length <= EDGE_LABEL_LIMIT;
  const looks = view.edges.map((edge) => presentEdge(edge));
  const offsets =
    labelled && boxes
      ? spreadLabels(
          view.edges.flatMap((edge, i) => {
            const at = labelAnchor(edge, direction, boxes, routes[edge.id]);
            const text = looks[i]!.text;
            return at && text ? [{ id: edge.id, at, text }] : [];
          }),
        )
      : new Map<string, TPoint>();
  return view.edges.map((edge, i) => {
    const look = looks[i]!;
    const route = routes[edge.id];
    const labelOffset = offsets.get(edge.id);
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: "relation",
      className: look.className,
      style: look.line,
      focusable: false,
      ...(look.arrow ? { markerEnd: { type: MarkerType.ArrowClosed, color: look.colour, width: look.arrowSize, height: look.arrowSize } } : {}),
      data: {
        edge,
        ...(look.text && labelled ? { text: look.text } : {}),
        ...(look.ends && labelled ? { ends: look.ends } : {}),
        ...(look.title ? { title: look.title } : {}),
        ...(labelOffset ? { labelOffset } : {}),
        ...(route ? { route } : {}),
      },
    };
  });
}
