/**
 * The graph every view returns: nodes, edges and the groups (subgraphs) nodes sit in. The server
 * builds it from the catalog; the browser only lays it out, and the Mermaid writer only prints it.
 */
export const GRAPH_NODE_KINDS = ["team", "solution-area", "bounded-context", "component", "repository", "namespace"] as const;
export type TGraphNodeKind = (typeof GRAPH_NODE_KINDS)[number];

export const GRAPH_EDGE_KINDS = [
  /** A team changes a repository (commits through feature branches). */
  "changes",
  /** An application repository's CI updates a Kubernetes repository (GitOps webhook). */
  "updates",
  /** A repository or a team deploys into a namespace; `label` names the deploy method. */
  "deploys",
  /** A team answers for a solution area. */
  "answers-for",
  /** A context-map relationship from upstream to downstream; `label` names the pattern. */
  "context-relationship",
  /** A component depends on another (sync or async in `label`). */
  "depends-on",
  /** A component belongs to a solution area, is owned by a team, lives in a repository or runs in a namespace. */
  "belongs-to",
  "owned-by",
  "held-by",
  "runs-in",
] as const;
export type TGraphEdgeKind = (typeof GRAPH_EDGE_KINDS)[number];

/** Facts about a node the UI can colour, filter or group by. */
export interface TGraphFacets {
  team?: string;
  componentKind?: string;
  ownershipMode?: string;
  repositoryKind?: string;
  meshMembership?: string;
  deployMethod?: string;
  cluster?: string;
  environment?: string;
  subdomainType?: string;
  solutionAreaKind?: string;
}

export interface TGraphNode {
  /** `${kind}:${slug}`, unique in the graph. */
  id: string;
  kind: TGraphNodeKind;
  slug: string;
  label: string;
  groupId?: string;
  facets: TGraphFacets;
}

export interface TGraphGroup {
  id: string;
  label: string;
  parentId?: string;
}

export interface TGraphEdge {
  id: string;
  source: string;
  target: string;
  kind: TGraphEdgeKind;
  label?: string;
  /** Drawn stronger: a cross-team dependency, a CIOps push, an area answered by several teams. */
  emphasis?: boolean;
}

export interface TGraph {
  nodes: TGraphNode[];
  edges: TGraphEdge[];
  groups: TGraphGroup[];
  /** What a cap left out, so the view can say "N more not shown" instead of dropping silently. */
  hidden: { nodes: number; edges: number };
  /** Findings a view points out, e.g. solution areas with no team. */
  notes: string[];
}

export const nodeId = (kind: TGraphNodeKind, slug: string) => `${kind}:${slug}`;

/** Collects nodes and edges without duplicates, in insertion order. */
export class GraphBuilder {
  private readonly nodes = new Map<string, TGraphNode>();
  private readonly edges = new Map<string, TGraphEdge>();
  private readonly groups = new Map<string, TGraphGroup>();
  readonly notes: string[] = [];

  node(kind: TGraphNodeKind, slug: string, label: string, facets: TGraphFacets = {}, groupId?: string): string {
    const id = nodeId(kind, slug);
    if (!this.nodes.has(id)) this.nodes.set(id, { id, kind, slug, label, facets, ...(groupId ? { groupId } : {}) });
    return id;
  }

  group(id: string, label: string, parentId?: string): string {
    if (!this.groups.has(id)) this.groups.set(id, { id, label, ...(parentId ? { parentId } : {}) });
    return id;
  }

  edge(source: string, target: string, kind: TGraphEdgeKind, options: { label?: string; emphasis?: boolean } = {}): void {
    const id = `${kind}:${source}->${target}${options.label ? `:${options.label}` : ""}`;
    if (!this.edges.has(id)) this.edges.set(id, { id, source, target, kind, ...options });
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  /** The graph, keeping at most `maxNodes` nodes (in insertion order) and only edges between kept nodes. */
  build(maxNodes = Number.POSITIVE_INFINITY): TGraph {
    const allNodes = [...this.nodes.values()];
    const nodes = allNodes.slice(0, maxNodes);
    const kept = new Set(nodes.map((n) => n.id));
    const allEdges = [...this.edges.values()];
    const edges = allEdges.filter((e) => kept.has(e.source) && kept.has(e.target));
    const usedGroups = new Set<string>();
    for (const node of nodes) for (let g = node.groupId; g && !usedGroups.has(g); g = this.groups.get(g)?.parentId) usedGroups.add(g);
    return {
      nodes,
      edges,
      groups: [...this.groups.values()].filter((g) => usedGroups.has(g.id)),
      hidden: { nodes: allNodes.length - nodes.length, edges: allEdges.length - edges.length },
      notes: this.notes,
    };
  }
}
