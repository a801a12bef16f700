import { BaseEdge, EdgeLabelRenderer, getBezierPath, Position, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import type { TRelationFlowEdge } from "./flow-types.ts";

/** How far from a node the U and D marks of a context-map edge sit. */
const END_OFFSET = 22;

function endPoint(x: number, y: number, position: Position, outwards: number) {
  switch (position) {
    case Position.Right:
      return { x: x + outwards, y: y - 12 };
    case Position.Left:
      return { x: x - outwards, y: y - 12 };
    case Position.Bottom:
      return { x: x + 14, y: y + outwards };
    case Position.Top:
      return { x: x + 14, y: y - outwards };
  }
}

/** A relation: a curve with its label in the middle and, on context-map edges, U and D at the ends. */
function RelationEdgeComponent({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, data }: EdgeProps<TRelationFlowEdge>) {
  const [path, middleX, middleY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const labelX = middleX + (data?.labelOffset?.x ?? 0);
  const labelY = middleY + (data?.labelOffset?.y ?? 0);
  const upstream = data?.ends ? endPoint(sourceX, sourceY, sourcePosition, END_OFFSET) : null;
  const downstream = data?.ends ? endPoint(targetX, targetY, targetPosition, END_OFFSET) : null;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} />
      {data?.text || data?.ends ? (
        <EdgeLabelRenderer>
          {data.text ? (
            <div className={`relation-label${data.edge.emphasis ? " relation-label--emphasis" : ""}${data.ends || data.edge.kind === "context-relationship" ? " relation-label--context" : ""}`} style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }} title={data.title}>
              {data.text}
            </div>
          ) : null}
          {data.ends && upstream && downstream ? (
            <>
              <div className="relation-end" style={{ transform: `translate(-50%, -50%) translate(${upstream.x}px, ${upstream.y}px)` }} title="Upstream">
                {data.ends.source}
              </div>
              <div className="relation-end" style={{ transform: `translate(-50%, -50%) translate(${downstream.x}px, ${downstream.y}px)` }} title="Downstream">
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
