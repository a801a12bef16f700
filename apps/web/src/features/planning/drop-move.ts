import type { TOperation, TTeamMap } from "./planning-types.ts";

type TMapNode = TTeamMap["nodes"][number];

/** What can be dragged onto a team on the organisation map, and the edge that says who holds it today. */
const MOVABLE = {
  repository: { item: "repository", held: "changes", noun: "repository" },
  "bounded-context": { item: "bounded-context", held: "answers-for", noun: "bounded context" },
} as const;

export const isMovableOnMap = (node: Pick<TMapNode, "kind">) => node.kind in MOVABLE;

export type TDropMove = { operation: TOperation; summary: string } | { refused: string };

/**
 * The `move` a drop asks for: the dragged repository or bounded context goes to the team it was
 * dropped on (to that team alone, as the Move form does without "from"). Null when the drop means
 * nothing (not a movable node, not onto a team); refused when the team already holds it alone.
 */
export function dropMove(map: TTeamMap, draggedId: string, targetId: string): TDropMove | null {
  const dragged = map.nodes.find((n) => n.id === draggedId);
  const target = map.nodes.find((n) => n.id === targetId);
  if (!dragged || !target || target.kind !== "team" || !(dragged.kind in MOVABLE)) return null;
  const movable = MOVABLE[dragged.kind as keyof typeof MOVABLE];
  const holders = map.edges.filter((e) => e.kind === movable.held && e.target === dragged.id).map((e) => e.source);
  if (holders.length === 1 && holders[0] === target.id) return { refused: `${target.label} already holds ${movable.noun} ${dragged.label}.` };
  return {
    operation: { op: "move", item: { kind: movable.item, ref: dragged.slug }, to: target.slug },
    summary: `Moving ${movable.noun} ${dragged.label} to ${target.label}…`,
  };
}

export interface TRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: TRect, b: TRect) => Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * The team a dragged box is dropped on: a team box it touches wins; otherwise the team whose frame
 * it covers most (the map groups each team with its repositories). Null when it touches neither.
 */
export function pickDropTeam(dragged: TRect, candidates: readonly { teamId: string; rect: TRect; direct: boolean }[]): string | null {
  const scored = candidates.map((c) => ({ ...c, area: overlap(dragged, c.rect) })).filter((c) => c.area > 0);
  const best = (list: typeof scored) => list.reduce<(typeof scored)[number] | null>((top, c) => (!top || c.area > top.area ? c : top), null);
  return (best(scored.filter((c) => c.direct)) ?? best(scored))?.teamId ?? null;
}
