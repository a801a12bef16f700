import type { ElkExtendedEdge, ElkNode, LayoutOptions } from "elkjs/lib/elk-api";
import { buildHierarchy, ROOT } from "./hierarchy.ts";
import { CONTAINER_PADDING, type TLayoutDirection, type TLayoutRequest } from "./layout-types.ts";

const padding = `[top=${CONTAINER_PADDING.top},left=${CONTAINER_PADDING.left},bottom=${CONTAINER_PADDING.bottom},right=${CONTAINER_PADDING.right}]`;

function baseOptions(direction: TLayoutDirection): LayoutOptions {
  return {
    "elk.algorithm": "layered",
    "elk.direction": direction,
    "elk.spacing.nodeNode": "24",
    "elk.layered.spacing.nodeNodeBetweenLayers": direction === "RIGHT" ? "110" : "90",
    "elk.spacing.componentComponent": "48",
    // React Flow draws the edges itself; ELK only has to place nodes.
    "elk.edgeRouting": "POLYLINE",
  };
}

/** Best drawing: one layered layout across group boundaries, so members line up with what they connect to. */
export function detailedOptions(direction: TLayoutDirection): LayoutOptions {
  return {
    ...baseOptions(direction),
    "elk.hierarchyHandling": "INCLUDE_CHILDREN",
    "elk.layered.nodePlacement.strategy": "NETWORK_SIMPLEX",
  };
}

/** Each group laid out on its own with cheap crossing minimisation and placement: seconds become fractions. */
export function fastOptions(direction: TLayoutDirection): LayoutOptions {
  return {
    ...baseOptions(direction),
    "elk.hierarchyHandling": "SEPARATE_CHILDREN",
    "elk.layered.crossingMinimization.strategy": "INTERACTIVE",
    "elk.layered.thoroughness": "1",
    "elk.layered.nodePlacement.strategy": "SIMPLE",
    "elk.layered.compaction.connectedComponents": "false",
  };
}

/** Members with no links among them are packed into a block instead of one endless column. */
const PACKING: LayoutOptions = { "elk.algorithm": "rectpacking", "elk.spacing.nodeNode": "16", "elk.aspectRatio": "1.6" };

/**
 * The ELK graph of a request. Detailed mode keeps every link at the root and lets ELK route across
 * groups; fast mode gives each group only the links among its own members, lifting the others to
 * the level where they connect siblings, so every level still flows in the right direction.
 */
export function toElkGraph(request: TLayoutRequest, mode: "detailed" | "fast"): ElkNode {
  const hierarchy = buildHierarchy(request);
  const options = mode === "detailed" ? detailedOptions(request.direction) : fastOptions(request.direction);
  const boxes = new Map(request.boxes.map((b) => [b.id, b]));

  const edgesAt = (level: string): ElkExtendedEdge[] =>
    (hierarchy.liftedLinks.get(level) ?? []).map((link) => ({ id: link.id, sources: [link.source], targets: [link.target] }));

  const build = (id: string): ElkNode => {
    const box = boxes.get(id);
    if (box) return { id, width: box.width, height: box.height };
    const childIds = hierarchy.children.get(id) ?? [];
    const node: ElkNode = { id, children: childIds.map(build) };
    if (mode === "fast") {
      // Fast mode: each level carries its own (lifted) links.
      const edges = edgesAt(id);
      const nested = childIds.some((child) => hierarchy.isContainer(child));
      node.edges = edges;
      node.layoutOptions = edges.length === 0 && !nested ? { ...PACKING, "elk.padding": padding } : { ...options, "elk.padding": padding };
    } else {
      node.layoutOptions = { ...options, "elk.padding": padding };
    }
    if (childIds.length === 0) Object.assign(node, { width: 160, height: CONTAINER_PADDING.top + CONTAINER_PADDING.bottom });
    return node;
  };

  const root = build(ROOT);
  root.id = "root";
  root.layoutOptions = { ...root.layoutOptions, "elk.padding": "[top=0,left=0,bottom=0,right=0]" };
  if (mode === "detailed") {
    // Edge routes in absolute coordinates, whichever group an edge crosses.
    root.layoutOptions["elk.json.edgeCoords"] = "ROOT";
    const known = (id: string) => boxes.has(id) || hierarchy.isContainer(id);
    root.edges = request.links.filter((l) => l.source !== l.target && known(l.source) && known(l.target)).map((l) => ({ id: l.id, sources: [l.source], targets: [l.target] }));
  }
  return root;
}
