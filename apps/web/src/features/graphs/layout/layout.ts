import type { ElkNode } from "elkjs/lib/elk-api";
import { toElkGraph } from "./elk-graph.ts";
import type { TLayoutRequest, TLayoutResult, TLayoutStrategy, TPlacement, TPoint } from "./layout-types.ts";
import { quickLayout } from "./quick-layout.ts";

/** The part of ELK's API the layout needs, so tests and the worker can pass their own instance. */
export interface TElk {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/**
 * Limits measured with /graphs/benchmark (Chromium, a busy 2-core VM): ELK across groups takes about
 * 0.8 s for 200 ownership nodes and 5.5 s for 1,000; group by group with cheap settings about 0.5 s
 * for 400–600 and 1 s for 1,500 (2.8 s for 5,000); the linear-time layout about 0.1 s for 5,000.
 */
export const DETAILED_LIMIT = { elements: 250, links: 500 };
export const FAST_LIMIT = { elements: 1500, links: 2500 };

/** The best drawing that still arrives quickly, judged by how many boxes, groups and links there are. */
export function chooseStrategy(request: TLayoutRequest): TLayoutStrategy {
  const elements = request.boxes.length + request.containers.length;
  const links = request.links.length;
  if (elements <= DETAILED_LIMIT.elements && links <= DETAILED_LIMIT.links) return "elk-detailed";
  if (elements <= FAST_LIMIT.elements && links <= FAST_LIMIT.links) return "elk-fast";
  return "quick";
}

/** The routes ELK computed for the root's edges (absolute when `elk.json.edgeCoords` is ROOT). */
export function readRoutes(root: ElkNode): Record<string, TPoint[]> {
  const routes: Record<string, TPoint[]> = {};
  for (const edge of root.edges ?? []) {
    const section = edge.sections?.[0];
    if (section) routes[edge.id] = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(({ x, y }) => ({ x, y }));
  }
  return routes;
}

/** ELK's answer as placements relative to each parent, and the drawing's overall size. */
export function readPlacements(root: ElkNode): Omit<TLayoutResult, "strategy"> {
  const placements: Record<string, TPlacement> = {};
  const walk = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      placements[child.id] = { x: child.x ?? 0, y: child.y ?? 0, width: child.width ?? 0, height: child.height ?? 0 };
      walk(child);
    }
  };
  walk(root);
  return { placements, width: root.width ?? 0, height: root.height ?? 0 };
}

/** Positions every box and container of the request: pure apart from the ELK instance it is given. */
export async function layoutGraph(request: TLayoutRequest, elk: TElk, strategy: TLayoutStrategy = chooseStrategy(request)): Promise<TLayoutResult> {
  if (strategy === "quick") return quickLayout(request);
  const result = await elk.layout(toElkGraph(request, strategy === "elk-detailed" ? "detailed" : "fast"));
  // Fast layouts route lifted links between groups, not the edges as drawn, so only detailed routes are kept.
  return { ...readPlacements(result), ...(strategy === "elk-detailed" ? { routes: readRoutes(result) } : {}), strategy };
}
