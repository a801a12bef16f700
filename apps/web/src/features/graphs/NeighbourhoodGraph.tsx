import { MAX_NEIGHBOURHOOD_DEPTH } from "@topograph/domain";
import { useId } from "react";
import { fileNameOf } from "./download.ts";
import type { TGraphNodeKind } from "./graph-types.ts";
import { GraphView } from "./GraphView.tsx";
import type { TGraphViewState } from "./url-state.ts";
import { useNeighbourhood } from "./use-neighbourhood.ts";
import { NEIGHBOURHOOD_VIEW } from "./views.ts";

export interface TNeighbourhoodGraphProps {
  kind: TGraphNodeKind;
  slug: string;
  depth: number;
  expanded: string[];
  onDepthChange: (depth: number) => void;
  onExpandAround: (nodeId: string) => void;
  onResetExpanded: () => void;
  onRecentre: (nodeId: string) => void;
  state: TGraphViewState;
  onStateChange: (change: Partial<TGraphViewState>) => void;
  compact?: boolean;
}

/** The neighbourhood of one entry as a graph view, with depth, expand-around and re-centre. */
export default function NeighbourhoodGraph({ kind, slug, depth, expanded, onDepthChange, onExpandAround, onResetExpanded, onRecentre, state, onStateChange, compact = false }: TNeighbourhoodGraphProps) {
  const depthId = useId();
  const { graph, loading, error } = useNeighbourhood({ kind, slug, depth, expanded });
  const depthControl = (
    <>
      <div className="graph-control">
        <label htmlFor={depthId}>Depth</label>
        <select id={depthId} className="select select--small" value={depth} onChange={(event) => onDepthChange(Number(event.target.value))}>
          {Array.from({ length: MAX_NEIGHBOURHOOD_DEPTH }, (_, i) => i + 1).map((value) => (
            <option key={value} value={value}>
              {value} {value === 1 ? "step" : "steps"}
            </option>
          ))}
        </select>
      </div>
      {expanded.length > 0 ? (
        <button type="button" className="button button--ghost button--small" onClick={onResetExpanded}>
          Undo {expanded.length} {expanded.length === 1 ? "expansion" : "expansions"}
        </button>
      ) : null}
    </>
  );
  return (
    <GraphView
      config={NEIGHBOURHOOD_VIEW}
      graph={graph}
      loading={loading}
      error={error}
      state={state}
      onStateChange={onStateChange}
      fileName={fileNameOf("topograph", "neighbourhood", kind, slug)}
      extraControls={depthControl}
      {...(depth < MAX_NEIGHBOURHOOD_DEPTH ? { onExpand: () => onDepthChange(depth + 1) } : {})}
      expandAround={onExpandAround}
      recentreOn={onRecentre}
      compact={compact}
      centreId={`${kind}:${slug}`}
    />
  );
}
