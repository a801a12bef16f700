import { applyNodeChanges, Background, Controls, ReactFlow, ReactFlowProvider, useReactFlow, type NodeChange, type OnNodeDrag } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useCallback, useEffect, useMemo, useState } from "react";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { collapseGroups } from "../graphs/collapse.ts";
import { colourGraph } from "../graphs/colour.ts";
import { groupGraph, groupIdOf } from "../graphs/grouping.ts";
import { absoluteBoxes } from "../graphs/flow/edges-in-view.ts";
import { edgeTypes, nodeTypes } from "../graphs/flow/flow-components.ts";
import type { TGraphFlowNode } from "../graphs/flow/flow-types.ts";
import { GraphActionsContext, type TGraphActions } from "../graphs/flow/graph-actions.ts";
import { toFlowEdges, toFlowNodes } from "../graphs/flow/to-flow.ts";
import { useEnterOpensNode } from "../graphs/flow/use-enter-opens-node.ts";
import type { TGraph, TGraphNode } from "../graphs/graph-types.ts";
import { useGraphLayout } from "../graphs/use-graph-layout.ts";
import "../graphs/graphs.css";
import { isMovableOnMap, pickDropTeam } from "./drop-move.ts";
import type { TTeamMap } from "./planning-types.ts";

interface TOrganisationMapProps {
  map: TTeamMap;
  /** Names the canvas for assistive tech. */
  label: string;
  /** Where a node links to, when not its catalog page (a team only the scenario has). */
  hrefOf?: (node: TGraphNode) => string | undefined;
  /** Given, repositories and bounded contexts can be dragged: dropping one on a team calls this. */
  onDrop?: (draggedId: string, teamId: string) => void;
}

/** One organisation map (teams, the areas they answer for, the repositories they change), laid out like the graph views. */
export function OrganisationMap(props: TOrganisationMapProps) {
  return (
    <ReactFlowProvider>
      <MapCanvas {...props} />
    </ReactFlowProvider>
  );
}

const DIRECTION = "RIGHT";
/** Each team is framed with the repositories it changes, so a move shows as a box changing frames. */
const TEAM_FRAME = groupIdOf("team", "");

function MapCanvas({ map, label, hrefOf, onDrop }: TOrganisationMapProps) {
  const { fitView, getIntersectingNodes, getInternalNode } = useReactFlow<TGraphFlowNode>();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  // The API's team map is a graph like the others, with the IDs of what changed beside it.
  const graph = map as TGraph;
  const grouped = useMemo(() => groupGraph(graph, "team", (_kind, slug) => graph.nodes.find((n) => n.id === `team:${slug}`)?.label), [graph]);
  const view = useMemo(() => collapseGroups(grouped, collapsed), [grouped, collapsed]);
  const { laidOut, running, error } = useGraphLayout(view, DIRECTION);
  const colouring = useMemo(() => colourGraph(graph, "team"), [graph]);
  const highlighted = useMemo(() => new Set(map.changed), [map.changed]);

  const placed = useMemo(() => {
    if (!laidOut) return [];
    return toFlowNodes(laidOut.view, laidOut.layout.result, DIRECTION, { colourOf: colouring.colourOf, highlighted, expandable: false }).map((node): TGraphFlowNode => {
      if (node.type !== "entity") return node;
      const href = hrefOf?.(node.data.node);
      const draggable = Boolean(onDrop) && isMovableOnMap(node.data.node);
      return { ...node, draggable, ...(href ? { data: { ...node.data, href } } : {}), ...(draggable ? { className: "planning-map__movable" } : {}) };
    });
  }, [laidOut, colouring, highlighted, hrefOf, onDrop]);
  const boxes = useMemo(() => (laidOut ? absoluteBoxes(laidOut.request, laidOut.layout.result) : new Map()), [laidOut]);
  const routed = useMemo(() => (laidOut ? toFlowEdges(laidOut.view, DIRECTION, laidOut.layout.result.routes, boxes) : []), [laidOut, boxes]);

  // Nodes move only while dragged; every drop snaps them back to the layout (the server redraws the map).
  const [nodes, setNodes] = useState<TGraphFlowNode[]>(placed);
  useEffect(() => setNodes(placed), [placed]);
  const [dragging, setDragging] = useState<string | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const onNodesChange = useCallback((changes: NodeChange<TGraphFlowNode>[]) => {
    // Arrow keys would move a selected node without a drop: only pointer drags move anything.
    const moves = changes.filter((change) => change.type !== "position" || change.dragging);
    if (moves.length) setNodes((current) => applyNodeChanges(moves, current));
  }, []);
  const teamUnder = useCallback(
    (node: TGraphFlowNode): string | null => {
      const rectOf = (id: string) => {
        const internal = getInternalNode(id);
        return internal ? { ...internal.internals.positionAbsolute, width: internal.measured.width ?? 0, height: internal.measured.height ?? 0 } : null;
      };
      const dragged = rectOf(node.id);
      if (!dragged) return null;
      const candidates = getIntersectingNodes(node).flatMap((other) => {
        const teamId = other.type === "entity" && other.data.node.kind === "team" ? other.id : other.id.startsWith(TEAM_FRAME) ? `team:${other.id.slice(TEAM_FRAME.length)}` : null;
        const rect = rectOf(other.id);
        return teamId && rect ? [{ teamId, rect, direct: other.type === "entity" }] : [];
      });
      return pickDropTeam(dragged, candidates);
    },
    [getIntersectingNodes, getInternalNode],
  );
  const onNodeDrag = useCallback<OnNodeDrag<TGraphFlowNode>>(
    (_event, node) => {
      setDragging(node.id);
      setTarget(teamUnder(node));
    },
    [teamUnder],
  );
  const onNodeDragStop = useCallback<OnNodeDrag<TGraphFlowNode>>(
    (_event, node) => {
      const team = teamUnder(node);
      setNodes(placed);
      setDragging(null);
      setTarget(null);
      if (team) onDrop?.(node.id, team);
    },
    [teamUnder, placed, onDrop],
  );
  const shown = useMemo(() => (target ? nodes.map((node) => (node.id === target ? { ...node, className: "planning-map__target" } : node)) : nodes), [nodes, target]);
  // ELK's routes end where the dragged node was; its edges follow it as plain curves instead.
  const edges = useMemo(
    () =>
      dragging
        ? routed.map((edge) => {
            if (edge.source !== dragging && edge.target !== dragging) return edge;
            const { route: _route, ...data } = edge.data!;
            return { ...edge, data };
          })
        : routed,
    [routed, dragging],
  );

  useEffect(() => {
    if (laidOut) void fitView({ padding: 0.06, maxZoom: 1 });
  }, [laidOut, fitView]);

  const toggleGroup = useCallback((groupId: string) => setCollapsed((current) => (current.has(groupId) ? new Set([...current].filter((id) => id !== groupId)) : new Set([...current, groupId]))), []);
  const actions = useMemo<TGraphActions>(() => ({ toggleGroup }), [toggleGroup]);
  const onKeyDown = useEnterOpensNode(nodes, toggleGroup);

  if (error) return <ErrorBanner title="Could not lay out the map.">{error.message}</ErrorBanner>;
  if (!laidOut) return <Loading label={running ? `Laying out ${running} nodes…` : "Preparing the map…"} />;
  return (
    <GraphActionsContext.Provider value={actions}>
      <ReactFlow<TGraphFlowNode>
        className="graph-canvas planning-map__canvas"
        nodes={shown}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        nodesDraggable={Boolean(onDrop)}
        nodesConnectable={false}
        nodesFocusable
        edgesFocusable={false}
        minZoom={0.2}
        maxZoom={2}
        onKeyDown={onKeyDown}
        aria-label={label}
        attributionPosition="top-left"
      >
        <Background gap={24} size={1} color="#d9dee5" />
        <Controls showInteractive={false} position="bottom-left" />
      </ReactFlow>
    </GraphActionsContext.Provider>
  );
}
