import type { TViewGraph } from "./graph-types.ts";
import type { TLayoutDirection, TLayoutRequest } from "./layout/layout-types.ts";
import { nodeCaption } from "./node-caption.ts";
import { COLLAPSED_HEIGHT, NODE_HEIGHT, nodeWidth } from "./node-size.ts";

export const collapsedCaption = (size: number) => `${size} ${size === 1 ? "entry" : "entries"} · collapsed`;

/** What the layout needs to know about a drawn graph: sizes, nesting and links; nothing about colour. */
export function layoutRequestOf(view: TViewGraph, direction: TLayoutDirection): TLayoutRequest {
  return {
    direction,
    containers: view.groups.map((g) => ({ id: g.id, ...(g.parentId ? { parentId: g.parentId } : {}) })),
    boxes: view.items.map((item) => {
      const [label, caption, height] =
        item.type === "entity" ? [item.node.label, nodeCaption(item.node), NODE_HEIGHT] : [item.group.label, collapsedCaption(item.group.size), COLLAPSED_HEIGHT];
      return { id: item.id, width: nodeWidth(label, caption), height, ...(item.parentId ? { parentId: item.parentId } : {}) };
    }),
    links: view.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  };
}
