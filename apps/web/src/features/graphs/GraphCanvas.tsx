import { Background, Controls, MiniMap, Panel, ReactFlow, useReactFlow, useStore, type FitViewOptions, type MiniMapNodeProps, type Viewport } from "@xyflow/react";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { CanvasOverview } from "./CanvasOverview.tsx";
import type { TColouring } from "./colour.ts";
import { absoluteBoxes, edgesNearView, type TRect } from "./flow/edges-in-view.ts";
import { edgeTypes, nodeTypes } from "./flow/flow-components.ts";
import type { TGraphFlowNode } from "./flow/flow-types.ts";
import { GraphActionsContext, type TGraphActions } from "./flow/graph-actions.ts";
import { EDGE_LABEL_LIMIT, toFlowEdges, toFlowNodes } from "./flow/to-flow.ts";
import { useEnterOpensNode } from "./flow/use-enter-opens-node.ts";
import type { TLayoutDirection } from "./layout/layout-types.ts";
import type { TLaidOutGraph } from "./use-graph-layout.ts";

/** Above this many boxes the first view shows the start of the graph at a readable zoom, not all of it at once. */
export const OVERVIEW_LIMIT = 400;
/** Above this many boxes the overview is a painted canvas instead of React Flow's SVG minimap. */
export const CANVAS_OVERVIEW = 1000;
/** Above this many edges only those touching what is in view are drawn (recomputed when a pan or zoom ends). */
export const DENSE_EDGES = 1500;
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
  /** A small embedded canvas: no overview map. */
  compact?: boolean;
}

const miniMapColour = (node: TGraphFlowNode) => (node.type === "entity" ? (node.data.colour ?? "#9aa5b1") : node.type === "collapsed" ? "#5a6472" : "rgba(29, 95, 166, 0.06)");

function MiniMapNode({ x, y, width, height, color }: MiniMapNodeProps) {
  return <rect x={x} y={y} width={width} height={height} fill={color} rx={4} />;
}

/** The React Flow canvas of a laid-out graph, with zoom controls, a minimap and keyboard access. */
export function GraphCanvas({ laidOut, direction, colouring, highlighted, actions, renderAll, overlay, legend, label, centreId, compact = false }: TGraphCanvasProps) {
  const { fitView, getViewport } = useReactFlow();
  const far = useStore((store) => store.transform[2] < 0.45);
  const paneWidth = useStore((store) => store.width);
  const paneHeight = useStore((store) => store.height);
  const [viewport, setViewport] = useState<Viewport | null>(null);
  const [moving, setMoving] = useState(false);
  const nodes = useMemo(
    () => toFlowNodes(laidOut.view, laidOut.layout.result, direction, { colourOf: colouring.colourOf, highlighted, expandable: Boolean(actions.expandAround), ...(centreId ? { centreId } : {}) }),
    [laidOut, direction, colouring, highlighted, actions.expandAround, centreId],
  );
  const boxes = useMemo(() => absoluteBoxes(laidOut.request, laidOut.layout.result), [laidOut]);
  const allEdges = useMemo(() => toFlowEdges(laidOut.view, direction, laidOut.layout.result.routes, boxes), [laidOut, direction, boxes]);
  const dense = allEdges.length > DENSE_EDGES;
  const overview = useMemo(
    () => (boxes.size > CANVAS_OVERVIEW ? nodes.flatMap((node) => (node.type === "frame" || !boxes.has(node.id) ? [] : [{ rect: boxes.get(node.id)!, colour: miniMapColour(node) }])) : null),
    [boxes, nodes],
  );
  const edges = useMemo(() => {
    if (!dense) return allEdges;
    if (!viewport || paneWidth === 0) return [];
    const view: TRect = { x: -viewport.x / viewport.zoom, y: -viewport.y / viewport.zoom, width: paneWidth / viewport.zoom, height: paneHeight / viewport.zoom };
    return edgesNearView(allEdges, boxes, view, highlighted);
  }, [allEdges, boxes, dense, viewport, paneWidth, paneHeight, highlighted]);

  // A new layout is framed once: small graphs whole, large ones from their start, so the first paint stays light.
  useEffect(() => {
    const large = laidOut.request.boxes.length > OVERVIEW_LIMIT;
    const first = large ? laidOut.view.items.slice(0, FIRST_VIEW_ITEMS).map((item) => ({ id: item.id })) : undefined;
    // The right padding leaves room for the legend panel.
    const padding: FitViewOptions["padding"] = legend && !compact ? { top: "36px", bottom: "36px", left: "48px", right: "300px" } : 0.12;
    void fitView({ padding, maxZoom: 1.1, ...(first ? { nodes: first, minZoom: 0.5 } : {}) }).then(() => setViewport(getViewport()));
    // Framed once per layout; the legend being there or not does not reframe.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [laidOut, fitView, getViewport]);

  const onKeyDown = useEnterOpensNode(nodes, actions.toggleGroup);

  return (
    <GraphActionsContext.Provider value={actions}>
      <ReactFlow<TGraphFlowNode>
        className={`graph-canvas${far ? " graph-canvas--far" : ""}${allEdges.length > EDGE_LABEL_LIMIT ? " graph-canvas--dense" : ""}${moving ? " graph-canvas--moving" : ""}`}
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
        // Dense graphs hide their edges while the view moves (painting thousands of long paths per frame
        // is what makes panning stutter) and draw those touching the new view when it stops.
        onMoveStart={dense ? () => setMoving(true) : undefined}
        onMoveEnd={
          dense
            ? (_event, next) => {
                setMoving(false);
                setViewport(next);
              }
            : undefined
        }
        aria-label={label}
        attributionPosition="top-left"
      >
        <Background gap={24} size={1} color="#d9dee5" />
        <Controls showInteractive={false} position="bottom-left" />
        {compact ? null : overview ? (
          <Panel position="bottom-right">
            <CanvasOverview boxes={overview} />
          </Panel>
        ) : (
          <MiniMap<TGraphFlowNode> pannable zoomable nodeColor={miniMapColour} nodeComponent={MiniMapNode} position="bottom-right" ariaLabel="Overview of the whole graph" />
        )}
        {legend ? <Panel position="top-right">{legend}</Panel> : null}
        {overlay ? <Panel position="top-center">{overlay}</Panel> : null}
        {dense && !overlay ? (
          <Panel position="bottom-center" className="graph-canvas__note">
            {allEdges.length.toLocaleString()} edges: showing the {edges.length.toLocaleString()} that touch what is in view
          </Panel>
        ) : null}
      </ReactFlow>
    </GraphActionsContext.Provider>
  );
}
