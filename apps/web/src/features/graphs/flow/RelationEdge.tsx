import { BaseEdge, EdgeLabelRenderer, getBezierPath, Position, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import type { TPoint } from "../layout/layout-types.ts";
import type { TRelationFlowEdge } from "./flow-types.ts";
import { labelPoint, pointNear, roundedPath } from "./route-path.ts";

/** How far from a node the U and D marks of a context-map edge sit, and how far to the side. */
const END_ALONG = 22;
const END_ASIDE = 12;

/** Without a route: a point just outside a handle, beside the line. */
function besideHandle(x: number, y: number, position: Position): TPoint {
  switch (position) {
    case Position.Right:
      return { x: x + END_ALONG, y: y - END_ASIDE };
    case Position.Left:
      return { x: x - END_ALONG, y: y - END_ASIDE };
    case Position.Bottom:
      return { x: x + END_ASIDE, y: y + END_ALONG };
    case Position.Top:
      return { x: x + END_ASIDE, y: y - END_ALONG };
  }
}

const at = ({ x, y }: TPoint) => ({ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` });

/**
 * A relation: ELK's route when the layout made one (it bends around boxes), a curve between the
 * handles otherwise; its label in the middle and, on context-map edges, U and D at the ends.
 */
function RelationEdgeComponent({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, style, data }: EdgeProps<TRelationFlowEdge>) {
  const route = data?.route && data.route.length >= 2 ? data.route : null;
  let path: string;
  let middle: TPoint;
  if (route) {
    path = roundedPath(route);
    middle = labelPoint(route);
  } else {
    const [bezier, x, y] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
    path = bezier;
    middle = { x, y };
  }
  const label = { x: middle.x + (data?.labelOffset?.x ?? 0), y: middle.y + (data?.labelOffset?.y ?? 0) };
  const upstream = data?.ends ? (route ? pointNear(route, END_ALONG, END_ASIDE) : besideHandle(sourceX, sourceY, sourcePosition)) : null;
  const downstream = data?.ends ? (route ? pointNear(route, -END_ALONG - 4, END_ASIDE) : besideHandle(targetX, targetY, targetPosition)) : null;
  const labelClass = `relation-label${data?.edge.emphasis ? " relation-label--emphasis" : ""}${data?.edge.kind === "context-relationship" ? " relation-label--context" : ""}`;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} {...(style ? { style } : {})} />
      {data?.text || data?.ends ? (
        <EdgeLabelRenderer>
          {data.text ? (
            <div className={labelClass} style={at(label)} title={data.title}>
              {data.text}
            </div>
          ) : null}
          {data.ends && upstream && downstream ? (
            <>
              <div className="relation-end" style={at(upstream)} title="Upstream">
                {data.ends.source}
              </div>
              <div className="relation-end" style={at(downstream)} title="Downstream">
                {data.ends.target}
              </div>
            </>
          ) : null}
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

export const RelationEdge = memo(RelationEdgeComponent);
