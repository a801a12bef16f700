import { GRAPH_NODE_KINDS } from "@topograph/domain";
import { lazy, Suspense, useState } from "react";
import { Link, useNavigate } from "react-router";
import { Loading } from "../../ui/Loading.tsx";
import { Section } from "../../ui/Section.tsx";
import { graphPaths } from "./graph-paths.ts";
import type { TGraphNodeKind } from "./graph-types.ts";
import { parseNodeId } from "./merge-graphs.ts";
import type { TGraphViewState } from "./url-state.ts";

// The graph code (React Flow, ELK) loads only when a card is shown, keeping entity pages light.
const NeighbourhoodGraph = lazy(() => import("./NeighbourhoodGraph.tsx"));

/** For entity pages: what an entry relates to, as a small graph that opens into the full neighbourhood view. */
export function NeighbourhoodCard({ kind, slug }: { kind: TGraphNodeKind; slug: string }) {
  const navigate = useNavigate();
  const [depth, setDepth] = useState(1);
  const [expanded, setExpanded] = useState<string[]>([]);
  const [state, setState] = useState<TGraphViewState>({ groupBy: "none", colourBy: "kind", collapsed: [], tab: "diagram" });
  const recentre = (nodeId: string) => {
    const node = parseNodeId(nodeId, GRAPH_NODE_KINDS);
    if (node) navigate(graphPaths.neighbourhood(node.kind, node.slug));
  };
  return (
    <Section
      title="Neighbourhood"
      actions={
        <Link to={graphPaths.neighbourhood(kind, slug, depth)} className="button button--small">
          Open full view
        </Link>
      }
    >
      <div className="neighbourhood-card">
        <Suspense fallback={<Loading label="Loading the graph…" />}>
          <NeighbourhoodGraph
            kind={kind}
            slug={slug}
            depth={depth}
            expanded={expanded}
            onDepthChange={setDepth}
            onExpandAround={(id) => setExpanded((current) => (current.includes(id) ? current : [...current, id]))}
            onResetExpanded={() => setExpanded([])}
            onRecentre={recentre}
            state={state}
            onStateChange={(change) => setState((current) => ({ ...current, ...change }))}
            compact
          />
        </Suspense>
      </div>
    </Section>
  );
}
