import type { TPoint } from "../layout/layout-types.ts";

const CORNER = 10;
const LAST_LEG_FOR_LABEL = 80;

const distance = (a: TPoint, b: TPoint) => Math.hypot(b.x - a.x, b.y - a.y);
const towards = (from: TPoint, to: TPoint, length: number): TPoint => {
  const d = distance(from, to) || 1;
  return { x: from.x + ((to.x - from.x) / d) * length, y: from.y + ((to.y - from.y) / d) * length };
};

/** An SVG path through a route with its corners rounded, so bends read as one line. */
export function roundedPath(points: TPoint[]): string {
  if (points.length === 0) return "";
  const [first, ...rest] = points;
  let path = `M ${first!.x} ${first!.y}`;
  for (let i = 0; i < rest.length; i++) {
    const corner = rest[i]!;
    const next = rest[i + 1];
    if (!next) {
      path += ` L ${corner.x} ${corner.y}`;
      break;
    }
    const previous = points[i]!;
    const radius = Math.min(CORNER, distance(previous, corner) / 2, distance(corner, next) / 2);
    const enter = towards(corner, previous, radius);
    const leave = towards(corner, next, radius);
    path += ` L ${enter.x} ${enter.y} Q ${corner.x} ${corner.y} ${leave.x} ${leave.y}`;
  }
  return path;
}

/**
 * Where a route's label goes: halfway along it, or, when it bends, halfway along its last leg (if
 * that leg is long enough), since edges leaving one node often share their first legs.
 */
export function labelPoint(points: TPoint[]): TPoint {
  if (points.length > 2) {
    const last = points[points.length - 1]!;
    const beforeLast = points[points.length - 2]!;
    if (distance(beforeLast, last) >= LAST_LEG_FOR_LABEL) return towards(beforeLast, last, distance(beforeLast, last) / 2);
  }
  return midpoint(points);
}

/** The point halfway along a route. */
export function midpoint(points: TPoint[]): TPoint {
  const lengths = points.slice(1).map((point, i) => distance(points[i]!, point));
  let remaining = lengths.reduce((sum, l) => sum + l, 0) / 2;
  for (let i = 0; i < lengths.length; i++) {
    if (remaining <= lengths[i]!) return towards(points[i]!, points[i + 1]!, remaining);
    remaining -= lengths[i]!;
  }
  return points[points.length - 1] ?? { x: 0, y: 0 };
}

/** A point `along` the route from its start (or, negative, back from its end), pushed `aside` to the left of travel. */
export function pointNear(points: TPoint[], along: number, aside: number): TPoint {
  const fromEnd = along < 0;
  const [a, b] = fromEnd ? [points[points.length - 1]!, points[points.length - 2]!] : [points[0]!, points[1]!];
  const base = towards(a, b, Math.abs(along));
  const d = distance(a, b) || 1;
  const sign = fromEnd ? -1 : 1;
  return { x: base.x + ((sign * (b.y - a.y)) / d) * aside, y: base.y - ((sign * (b.x - a.x)) / d) * aside };
}
