import type { TPoint } from "../layout/layout-types.ts";

export interface TLabelAnchor {
  id: string;
  /** Where the label would sit: the middle of the edge (or of its last leg). */
  at: TPoint;
  text: string;
}

/** Rough size of an edge label (11px, medium weight, padded). */
const LABEL_HEIGHT = 18;
const CHAR_WIDTH = 6.3;
const PADDING = 12;
const MAX_TRIES = 8;

const widthOf = (text: string) => text.length * CHAR_WIDTH + PADDING;

/**
 * Moves labels that would cover each other: each in turn keeps its place if free, otherwise tries
 * one line lower, one higher, two lower… Returns the offset of each moved label. Cells of a grid
 * keep the check near-linear.
 */
export function spreadLabels(anchors: TLabelAnchor[]): Map<string, TPoint> {
  const step = { x: 0, y: LABEL_HEIGHT + 2 };
  const cell = 120;
  const grid = new Map<string, { x: number; y: number; w: number; h: number }[]>();
  const cellsOf = (r: { x: number; y: number; w: number; h: number }) => {
    const keys: string[] = [];
    for (let cx = Math.floor(r.x / cell); cx <= Math.floor((r.x + r.w) / cell); cx++) for (let cy = Math.floor(r.y / cell); cy <= Math.floor((r.y + r.h) / cell); cy++) keys.push(`${cx}:${cy}`);
    return keys;
  };
  const collides = (r: { x: number; y: number; w: number; h: number }) =>
    cellsOf(r).some((key) => (grid.get(key) ?? []).some((o) => r.x < o.x + o.w && o.x < r.x + r.w && r.y < o.y + o.h && o.y < r.y + r.h));
  const offsets = new Map<string, TPoint>();
  for (const anchor of anchors) {
    const w = widthOf(anchor.text);
    let chosen = { x: anchor.at.x - w / 2, y: anchor.at.y - LABEL_HEIGHT / 2, w, h: LABEL_HEIGHT };
    let offset: TPoint = { x: 0, y: 0 };
    for (let attempt = 1; attempt <= MAX_TRIES && collides(chosen); attempt++) {
      const k = Math.ceil(attempt / 2) * (attempt % 2 === 1 ? 1 : -1);
      offset = { x: step.x * k, y: step.y * k };
      chosen = { x: anchor.at.x - w / 2 + offset.x, y: anchor.at.y - LABEL_HEIGHT / 2 + offset.y, w, h: LABEL_HEIGHT };
    }
    for (const key of cellsOf(chosen)) grid.set(key, [...(grid.get(key) ?? []), chosen]);
    if (offset.x !== 0 || offset.y !== 0) offsets.set(anchor.id, offset);
  }
  return offsets;
}
