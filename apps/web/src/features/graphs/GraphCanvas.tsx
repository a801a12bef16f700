import { Background, Controls, MiniMap, Panel, ReactFlow, useReactFlow, useStore, type MiniMapNodeProps } from "@xyflow/react";
import { useCallback, useEffect, useMemo, type KeyboardEvent, type ReactNode } from "react";
import { useNavigate } from "react-router";
import type { TColouring } from "./colour.ts";
import { edgeTypes, nodeTypes } from "./flow/flow-components.ts";
import type { TGraphFlowNode } from "./flow/flow-types.ts";
import { GraphActionsContext, type TGraphActions } from "./flow/graph-actions.ts";
import { toFlowEdges, toFlowNodes } from "./flow/to-flow.ts";
import type { TLayoutDirection } from "./layout/layout-types.ts";
import type { TLaidOutGraph } from "./use-graph-layout.ts";

/** Above this many boxes the first view shows the start of the graph at a readable zoom, not all of it at once. */
export const OVERVIEW_LIMIT = 400;
const FIRST_VIEW_ITEMS = 40;

interface TGraphCanvasProps {
  laidOut: TLaidOutGraph;
  direction: TLayoutDirection;
  colouring: TColouring;
  highlighted: ReadonlySet<string>;
  actions: TGraphActions;
  /** While exporting an image every element is rendered, not only those in view. */
  renderAll: boolean;
  overlay?: ReactNode;
  legend?: ReactNode;
  label: string;
  centreId?: string;
}

const miniMapColour = (node: TGraphFlowNode) => (node.type === "entity" ? (node.data.colour ?? "#9aa5b1") : node.type === "collapsed" ? "#5a6472" : "rgba(29, 95, 166, 0.06)");

function MiniMapNode({ x, y, width, height, color }: MiniMapNodeProps) {
  return <rect x={x} y={y} width={width} height={height} fill={color} rx={4} />;
}

/** The React Flow canvas of a laid-out graph, with zoom controls, a minimap and keyboard access. */
export function GraphCanvas({ laidOut, direction, colouring, highlighted, actions, renderAll, overlay, legend, label, centreId }: TGraphCanvasProps) {
  const navigate = useNavigate();
  const { fitView } = useReactFlow();
  const far = useStore((store) => store.transform[2] < 0.45);
  const nodes = useMemo(
    () => toFlowNodes(laidOut.view, laidOut.layout.result, direction, { colourOf: colouring.colourOf, highlighted, expandable: Boolean(actions.expandAround), ...(centreId ? { centreId } : {}) }),
    [laidOut, direction, colouring, highlighted, actions.expandAround, centreId],
  );
  const edges = useMemo(() => toFlowEdges(laidOut.view, direction, laidOut.layout.result.routes), [laidOut, direction]);

  // A new layout is framed once: small graphs whole, large ones from their start, so the first paint stays light.
  useEffect(() => {
    const large = laidOut.request.boxes.length > OVERVIEW_LIMIT;
    const first = large ? laidOut.view.items.slice(0, FIRST_VIEW_ITEMS).map((item) => ({ id: item.id })) : undefined;
    void fitView({ padding: 0.12, maxZoom: 1.1, ...(first ? { nodes: first, minZoom: 0.5 } : {}) });
  }, [laidOut, fitView]);

  // Enter on a focused node opens it: entities go to their page, collapsed groups expand.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key !== "Enter") return;
      const element = (event.target as HTMLElement).closest<HTMLElement>(".react-flow__node");
      if (!element || element !== event.target) return;
      const node = nodes.find((n) => n.id === element.dataset.id);
      if (node?.type === "entity") navigate(node.data.href);
      else if (node?.type === "collapsed") actions.toggleGroup(node.id);
    },
    [nodes, navigate, actions],
  );

  return (
    <GraphActionsContext.Provider value={actions}>
      <ReactFlow<TGraphFlowNode>
        className={`graph-canvas${far ? " graph-canvas--far" : ""}`}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onlyRenderVisibleElements={!renderAll}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable
        edgesFocusable={false}
        elementsSelectable
        disableKeyboardA11y={false}
        minZoom={0.05}
        maxZoom={2}
        onKeyDown={onKeyDown}
        aria-label={label}
        attributionPosition="top-left"
      >
        <Background gap={24} size={1} color="#d9dee5" />
        <Controls showInteractive={false} position="bottom-left" />
        <MiniMap<TGraphFlowNode> pannable zoomable nodeColor={miniMapColour} nodeComponent={MiniMapNode} position="bottom-right" ariaLabel="Overview of the whole graph" />
        {legend ? <Panel position="top-right">{legend}</Panel> : null}
        {overlay ? <Panel position="top-center">{overlay}</Panel> : null}
      </ReactFlow>
    </GraphActionsContext.Provider>
  );
}
