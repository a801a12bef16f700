import { GRAPH_NODE_KINDS, MAX_NEIGHBOURHOOD_DEPTH } from "@topograph/domain";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { kindTitle } from "../../lib/catalog-kinds.ts";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { PageHeader } from "../../ui/PageHeader.tsx";
import { graphPaths } from "./graph-paths.ts";
import type { TGraphNodeKind } from "./graph-types.ts";
import { GraphTabs } from "./GraphTabs.tsx";
import { parseNodeId } from "./merge-graphs.ts";
import NeighbourhoodGraph from "./NeighbourhoodGraph.tsx";
import { withChanges } from "./url-state.ts";
import { useGraphViewState } from "./use-graph-view-state.ts";
import { NEIGHBOURHOOD_VIEW } from "./views.ts";

const DEFAULTS = { groupBy: NEIGHBOURHOOD_VIEW.defaultGroupBy, colourBy: NEIGHBOURHOOD_VIEW.defaultColourBy };

/** An entry's neighbourhood on a page of its own; depth and expansions live in the URL. */
export function NeighbourhoodPage() {
  const { kind, slug } = useParams();
  const valid = kind && slug && (GRAPH_NODE_KINDS as readonly string[]).includes(kind);
  return valid ? <Neighbourhood key={`${kind}:${slug}`} kind={kind as TGraphNodeKind} slug={slug} /> : <NoSuchEntry />;
}

function NoSuchEntry() {
  useDocumentTitle("Neighbourhood");
  return (
    <EmptyState title="No such entry" action={<Link to={graphPaths.view("ownership")}>Go to the graphs</Link>}>
      A neighbourhood is drawn around a team, solution area, bounded context, component, repository or namespace.
    </EmptyState>
  );
}

function Neighbourhood({ kind, slug }: { kind: TGraphNodeKind; slug: string }) {
  const navigate = useNavigate();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const [state, setState] = useGraphViewState(DEFAULTS);
  const depthParam = Number(params.get("depth"));
  const depth = Number.isInteger(depthParam) && depthParam >= 1 ? Math.min(depthParam, MAX_NEIGHBOURHOOD_DEPTH) : 1;
  const expandedKey = params.get("expand") ?? "";
  const expanded = useMemo(() => expandedKey.split(",").filter(Boolean), [expandedKey]);
  // The same query the graph makes (served from the cache): the entry's name for the heading.
  const name = useQuery({ ...trpc.graph.neighbourhood.queryOptions({ kind, slug, depth }), select: (graph) => graph.nodes.find((n) => n.id === `${kind}:${slug}`)?.label }).data;
  useDocumentTitle(`Neighbourhood of ${name ?? slug}`);

  const setDepth = useCallback((value: number) => setParams((current) => withChanges(current, { depth: value }, { depth: 1 })), [setParams]);
  const expandAround = useCallback(
    (nodeId: string) => setParams((current) => withChanges(current, { expand: [...new Set([...expanded, nodeId])] })),
    [setParams, expanded],
  );
  const recentre = useCallback(
    (nodeId: string) => {
      const node = parseNodeId(nodeId, GRAPH_NODE_KINDS);
      if (node) navigate(graphPaths.neighbourhood(node.kind, node.slug));
    },
    [navigate],
  );

  return (
    <div className="graph-page">
      <PageHeader
        eyebrow={`Neighbourhood · ${kindTitle(kind)}`}
        title={name ?? slug}
        description={NEIGHBOURHOOD_VIEW.description}
        actions={
          <Link to={paths.detail(kind, slug)} className="button">
            Open the {kindTitle(kind).toLowerCase()} page
          </Link>
        }
      />
      <GraphTabs />
      <NeighbourhoodGraph
        kind={kind}
        slug={slug}
        depth={depth}
        expanded={expanded}
        onDepthChange={setDepth}
        onExpandAround={expandAround}
        onResetExpanded={() => setParams((current) => withChanges(current, { expand: undefined }))}
        onRecentre={recentre}
        state={state}
        onStateChange={setState}
      />
    </div>
  );
}
