import { Handle, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useGraphActions } from "./graph-actions.ts";
import type { TCollapsedFlowNode } from "./flow-types.ts";

/** A collapsed group standing in for all its members; clicking it expands the group again. */
function CollapsedNodeComponent({ id, data, sourcePosition, targetPosition }: NodeProps<TCollapsedFlowNode>) {
  const { toggleGroup } = useGraphActions();
  return (
    <div className={`graph-node graph-node--collapsed${data.highlighted ? " graph-node--highlighted" : ""}`}>
      <Handle type="target" position={targetPosition!} isConnectable={false} className="graph-node__handle" />
      <button type="button" className="graph-node__link graph-node__expand nodrag" tabIndex={-1} onClick={() => toggleGroup(id)} aria-expanded="false" title="Expand this group">
        <span className="graph-node__caption">{data.caption}</span>
        <span className="graph-node__label">
          <span aria-hidden="true">▸ </span>
          {data.group.label}
        </span>
      </button>
      <Handle type="source" position={sourcePosition!} isConnectable={false} className="graph-node__handle" />
    </div>
  );
}

export const CollapsedNode = memo(CollapsedNodeComponent);
