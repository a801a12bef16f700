/**
 * What the layout step sees: boxes of known size, the containers (groups) they sit in and the links
 * between boxes. Plain data, so it crosses into the layout worker unchanged.
 */
export type TLayoutDirection = "RIGHT" | "DOWN";

export interface TLayoutBox {
  id: string;
  width: number;
  height: number;
  parentId?: string;
}

export interface TLayoutContainer {
  id: string;
  parentId?: string;
}

export interface TLayoutLink {
  id: string;
  source: string;
  target: string;
}

export interface TLayoutRequest {
  boxes: TLayoutBox[];
  containers: TLayoutContainer[];
  links: TLayoutLink[];
  direction: TLayoutDirection;
}

/** A box or container's place, relative to the container it sits in (as React Flow's `parentId` expects). */
export interface TPlacement {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * - `elk-detailed`: ELK layered across group boundaries (INCLUDE_CHILDREN), the best drawing; small graphs.
 * - `elk-fast`: ELK layered per group (SEPARATE_CHILDREN) with cheaper settings; medium graphs.
 * - `quick`: a linear-time layered layout of our own; large graphs, where ELK would take seconds.
 */
export type TLayoutStrategy = "elk-detailed" | "elk-fast" | "quick";

export interface TPoint {
  x: number;
  y: number;
}

export interface TLayoutResult {
  placements: Record<string, TPlacement>;
  /**
   * Where ELK routed each link, in absolute coordinates (start, bends, end), when it routed them
   * between the boxes themselves (detailed layouts); other strategies leave edge drawing to the canvas.
   */
  routes?: Record<string, TPoint[]>;
  strategy: TLayoutStrategy;
  width: number;
  height: number;
}

/** Space a container keeps around its children; the top leaves room for its header. */
export const CONTAINER_PADDING = { top: 44, right: 16, bottom: 16, left: 16 } as const;
