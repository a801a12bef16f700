import { Handle, type NodeProps } from "@xyflow/react";
import { memo, type CSSProperties } from "react";
import { Link } from "react-router";
import { useGraphActions } from "./graph-actions.ts";
import type { TEntityFlowNode } from "./flow-types.ts";

/** A catalog entity: what it is, its name, a colour stripe; the whole box links to its page. */
function EntityNodeComponent({ id, data, sourcePosition, targetPosition }: NodeProps<TEntityFlowNode>) {
  const { expandAround, recentreOn } = useGraphActions();
  const style = data.colour ? ({ "--node-colour": data.colour } as CSSProperties) : undefined;
  return (
    <div className={`graph-node graph-node--${data.node.kind}${data.highlighted ? " graph-node--highlighted" : ""}${data.centre ? " graph-node--centre" : ""}${data.colour ? " graph-node--coloured" : ""}`} style={style}>
      <Handle type="target" position={targetPosition!} isConnectable={false} className="graph-node__handle" />
      {/* Not in the tab order: the node itself is focusable and opens this link on Enter. */}
      <Link to={data.href} className="graph-node__link" tabIndex={-1} title={data.node.label}>
        <span className="graph-node__caption">{data.caption}</span>
        <span className="graph-node__label">{data.node.label}</span>
      </Link>
      {data.expandable && expandAround && recentreOn ? (
        <span className="graph-node__actions nodrag nopan">
          <button type="button" className="graph-node__action" onClick={() => expandAround(id)} title={`Show what relates to ${data.node.label}`} aria-label={`Expand around ${data.node.label}`}>
            +
          </button>
          <button type="button" className="graph-node__action" onClick={() => recentreOn(id)} title={`Centre the view on ${data.node.label}`} aria-label={`Centre on ${data.node.label}`}>
            ◎
          </button>
        </span>
      ) : null}
      <Handle type="source" position={sourcePosition!} isConnectable={false} className="graph-node__handle" />
    </div>
  );
}

export const EntityNode = memo(EntityNodeComponent);
