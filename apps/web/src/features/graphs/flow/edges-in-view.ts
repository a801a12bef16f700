import type { TLayoutRequest, TLayoutResult } from "../layout/layout-types.ts";

export interface TRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every placed box in absolute coordinates (placements are relative to their container). */
export function absoluteBoxes(request: TLayoutRequest, layout: TLayoutResult): Map<string, TRect> {
  const parentOf = new Map<string, string | undefined>([...request.containers, ...request.boxes].map((e) => [e.id, e.parentId]));
  const origin = new Map<string, { x: number; y: number }>();
  const originOf = (id: string | undefined): { x: number; y: number } => {
    if (!id) return { x: 0, y: 0 };
    const known = origin.get(id);
    if (known) return known;
    const place = layout.placements[id];
    const parent = originOf(parentOf.get(id));
    const result = place ? { x: parent.x + place.x, y: parent.y + place.y } : parent;
    origin.set(id, result);
    return result;
  };
  const boxes = new Map<string, TRect>();
  for (const box of request.boxes) {
    const place = layout.placements[box.id];
    if (!place) continue;
    const at = originOf(box.id);
    boxes.set(box.id, { x: at.x, y: at.y, width: place.width, height: place.height });
  }
  return boxes;
}

const overlaps = (a: TRect, b: TRect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * For dense graphs: the edges with at least one end in (or near) the visible area, plus those of
 * highlighted nodes. Long edges that merely cross the view are what make a dense graph unreadable
 * and slow to pan; edges leaving a node in view still show where it connects.
 */
export function edgesNearView<T extends { source: string; target: string }>(edges: T[], boxes: Map<string, TRect>, view: TRect, keep: ReadonlySet<string> = new Set(), margin = 0.25): T[] {
  const area = { x: view.x - view.width * margin, y: view.y - view.height * margin, width: view.width * (1 + 2 * margin), height: view.height * (1 + 2 * margin) };
  const near = (id: string) => {
    const box = boxes.get(id);
    return box !== undefined && overlaps(box, area);
  };
  return edges.filter((e) => keep.has(e.source) || keep.has(e.target) || near(e.source) || near(e.target));
}
