import { ReactFlowProvider } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from "react";
import { errorMessage } from "../../lib/api-error.ts";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { COLOUR_BY_LABELS } from "./colour.ts";
import { DisplayControls } from "./DisplayControls.tsx";
import { ExportButtons } from "./ExportButtons.tsx";
import type { TGraphActions } from "./flow/graph-actions.ts";
import { GraphCanvas } from "./GraphCanvas.tsx";
import { GraphLegend } from "./GraphLegend.tsx";
import { GraphNotices } from "./GraphNotices.tsx";
import { GraphSearch } from "./GraphSearch.tsx";
import type { TGraph } from "./graph-types.ts";
import { useDrawnGraph } from "./use-drawn-graph.ts";
import { useGraphLayout } from "./use-graph-layout.ts";
import { useNames } from "./use-names.ts";
import type { TGraphTab, TGraphViewState } from "./url-state.ts";
import type { TGraphViewConfig } from "./views.ts";
import "./graphs.css";

const MermaidPanel = lazy(() => import("./MermaidPanel.tsx"));
const NOTHING: ReadonlySet<string> = new Set();

interface TGraphViewProps {
  config: TGraphViewConfig;
  graph: TGraph | undefined;
  loading: boolean;
  error: unknown;
  state: TGraphViewState;
  onStateChange: (change: Partial<TGraphViewState>) => void;
  /** Base of exported file names, e.g. "ownership-team-b". */
  fileName: string;
  /** Filter selects, shown above the drawing controls. */
  filters?: ReactNode;
  /** The cap asked for, and how to raise it. */
  maxNodes?: number;
  onShowMore?: () => void;
  onExpand?: () => void;
  /** Neighbourhood actions on nodes. */
  expandAround?: (nodeId: string) => void;
  recentreOn?: (nodeId: string) => void;
  /** A small embedded view: no filters, search, export or Mermaid tab. */
  compact?: boolean;
  /** Extra controls at the end of the toolbar. */
  extraControls?: ReactNode;
  /** The node a neighbourhood is drawn around. */
  centreId?: string;
}

/**
 * One graph view, whatever it shows: toolbar (filters, grouping, colouring, search, export), the
 * findings and caps the server reports, the laid-out canvas with legend, and the Mermaid tab.
 */
export function GraphView(props: TGraphViewProps) {
  return (
    <ReactFlowProvider>
      <GraphViewInner {...props} />
    </ReactFlowProvider>
  );
}

function GraphViewInner({ config, graph, loading, error, state, onStateChange, fileName, filters, maxNodes, onShowMore, onExpand, expandAround, recentreOn, compact = false, extraControls, centreId }: TGraphViewProps) {
  const nameOf = useNames(graph);
  const drawn = useDrawnGraph(graph, state, nameOf);
  const { laidOut, running, error: layoutError } = useGraphLayout(drawn.view, config.direction);
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(NOTHING);
  // Clearing what is already clear changes nothing, so a reset never re-renders the canvas.
  const highlight = useCallback((ids: ReadonlySet<string>) => setHighlighted((current) => (ids.size === 0 && current.size === 0 ? current : ids)), []);
  const [renderAll, setRenderAll] = useState(false);

  const collapsedKey = state.collapsed.join(",");
  const toggleGroup = useCallback(
    (groupId: string) => {
      const collapsed = collapsedKey.split(",").filter(Boolean);
      onStateChange({ collapsed: collapsed.includes(groupId) ? collapsed.filter((id) => id !== groupId) : [...collapsed, groupId] });
    },
    [collapsedKey, onStateChange],
  );
  const actions = useMemo<TGraphActions>(() => ({ toggleGroup, ...(expandAround ? { expandAround } : {}), ...(recentreOn ? { recentreOn } : {}) }), [toggleGroup, expandAround, recentreOn]);

  const tab: TGraphTab = compact ? "diagram" : state.tab;
  const empty = graph !== undefined && graph.nodes.length === 0;
  const overlay = running > 0 ? <Loading label={`Laying out ${running.toLocaleString()} nodes…`} /> : null;

  let stage: ReactNode;
  if (error) stage = <ErrorBanner title="Could not load the graph.">{errorMessage(error)}</ErrorBanner>;
  else if (!graph) stage = loading ? <Loading label="Loading the graph…" /> : null;
  else if (empty) stage = <EmptyState title="Nothing to draw">No entries match these filters. Clear a filter to see more.</EmptyState>;
  else if (layoutError) stage = <ErrorBanner title="Could not lay out the graph.">{layoutError.message}</ErrorBanner>;
  else if (!laidOut) stage = <div className="graph-stage__waiting">{overlay ?? <Loading label="Preparing the drawing…" />}</div>;
  else
    stage = (
      <GraphCanvas
        laidOut={laidOut}
        direction={config.direction}
        colouring={drawn.colouring}
        highlighted={highlighted}
        actions={actions}
        renderAll={renderAll}
        overlay={overlay}
        {...(centreId ? { centreId } : {})}
        label={`${config.title}: ${graph.nodes.length} nodes, ${graph.edges.length} edges`}
        legend={<GraphLegend folded={compact} title={COLOUR_BY_LABELS[state.colourBy]} colours={drawn.colouring.legend} edges={config.edgeLegend} />}
        compact={compact}
      />
    );

  return (
    <div className={`graph-view${compact ? " graph-view--compact" : ""}`}>
      <div className="graph-toolbar">
        {filters}
        {!compact ? (
          <div className="graph-tabs" role="group" aria-label="Show as">
            {(["diagram", "mermaid"] as const).map((value) => (
              <button key={value} type="button" aria-pressed={tab === value} className="graph-tabs__tab" onClick={() => onStateChange({ tab: value })}>
                {value === "diagram" ? "Diagram" : "Mermaid"}
              </button>
            ))}
          </div>
        ) : null}
        {tab === "diagram" ? (
          <>
            <DisplayControls groupBy={drawn.groupBy} groupings={drawn.groupings} colourBy={state.colourBy} colourings={drawn.colourings} onChange={onStateChange} />
            {!compact && graph && drawn.view ? <GraphSearch graph={graph} view={drawn.view} onHighlight={highlight} /> : null}
            {extraControls}
            {!compact && laidOut ? <ExportButtons fileName={fileName} setRenderAll={setRenderAll} /> : null}
          </>
        ) : (
          extraControls
        )}
        {graph ? (
          <span className="graph-toolbar__summary subtle">
            {graph.nodes.length.toLocaleString()} nodes · {graph.edges.length.toLocaleString()} edges
            {laidOut ? ` · laid out in ${Math.round(laidOut.layout.roundTripMilliseconds).toLocaleString()} ms` : ""}
          </span>
        ) : null}
      </div>
      {graph ? <GraphNotices graph={graph} {...(maxNodes !== undefined ? { maxNodes } : {})} {...(onShowMore ? { onShowMore } : {})} {...(onExpand ? { onExpand } : {})} /> : null}
      {tab === "diagram" ? (
        <div className="graph-stage" data-testid="graph-stage" data-layout-strategy={laidOut?.layout.result.strategy}>
          {stage}
        </div>
      ) : graph ? (
        <Suspense fallback={<Loading label="Loading Mermaid…" />}>
          <MermaidPanel graph={graph} toMermaid={config.toMermaid} fileName={fileName} />
        </Suspense>
      ) : (
        stage
      )}
    </div>
  );
}
