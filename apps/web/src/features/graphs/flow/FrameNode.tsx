import type { NodeProps } from "@xyflow/react";
import { memo } from "react";
import { useGraphActions } from "./graph-actions.ts";
import type { TGroupFlowNode } from "./flow-types.ts";

/** A group drawn as a titled frame around its members; the title collapses it into one node. */
function FrameNodeComponent({ id, data }: NodeProps<TGroupFlowNode>) {
  const { toggleGroup } = useGraphActions();
  return (
    <div className="graph-frame" data-group={id}>
      <button type="button" className="graph-frame__header nodrag" onClick={() => toggleGroup(id)} aria-expanded="true" title="Collapse this group into one node">
        <span className="graph-frame__chevron" aria-hidden="true">
          ▾
        </span>
        <span className="graph-frame__label">{data.group.label}</span>
        <span className="graph-frame__count">{data.group.size}</span>
      </button>
    </div>
  );
}

export const FrameNode = memo(FrameNodeComponent);
