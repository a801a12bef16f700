import type { TGraph, TGraphNode } from "./graph-types.ts";

/**
 * How members are put into groups: as the server drew them (the organisation, each cluster's runtime
 * and service mesh), by a fact about each node, or not at all.
 */
export const GROUP_BYS = ["server", "team", "solution-area", "namespace", "cluster", "kind", "none"] as const;
export type TGroupBy = (typeof GROUP_BYS)[number];

export const GROUP_BY_LABELS: Record<TGroupBy, string> = {
  server: "Organisation & runtime",
  team: "Team",
  "solution-area": "Solution area",
  namespace: "Namespace",
  cluster: "Cluster",
  kind: "Kind",
  none: "No grouping",
};

/** Names for slugs the graph refers to without holding the entity (a team slug on a repository). */
export type TNameOf = (kind: "team" | "cluster", slug: string) => string | undefined;

const KIND_GROUP_LABELS: Record<TGraphNode["kind"], string> = {
  team: "Teams",
  "solution-area": "Solution areas",
  "bounded-context": "Bounded contexts",
  component: "Components",
  repository: "Repositories",
  namespace: "Namespaces",
};

/** Looks up the only target of a node's edges of one kind (undefined when there is none or several). */
function soleTargets(graph: TGraph) {
  const targets = new Map<string, Set<string>>();
  for (const e of graph.edges) {
    const key = `${e.kind}\u0000${e.source}`;
    if (!targets.has(key)) targets.set(key, new Set());
    targets.get(key)!.add(e.target);
  }
  return (nodeId: string, kind: string): string | undefined => {
    const found = targets.get(`${kind}\u0000${nodeId}`);
    return found?.size === 1 ? [...found][0] : undefined;
  };
}

interface TLookups {
  nodes: Map<string, TGraphNode>;
  soleTarget: (nodeId: string, kind: string) => string | undefined;
  nameOf: TNameOf;
}

/** The group key and label of a node for a grouping, or undefined when the node belongs to none. */
function keyOf(graph: TGraph, node: TGraphNode, groupBy: TGroupBy, { nodes, soleTarget, nameOf }: TLookups): { key: string; label: string } | undefined {
  switch (groupBy) {
    case "team": {
      const team = node.facets.team;
      return team ? { key: team, label: nodes.get(`team:${team}`)?.label ?? nameOf("team", team) ?? team } : undefined;
    }
    case "cluster": {
      const cluster = node.facets.cluster;
      return cluster ? { key: cluster, label: graph.groups.find((g) => g.id === `group:cluster:${cluster}`)?.label ?? nameOf("cluster", cluster) ?? cluster } : undefined;
    }
    case "kind":
      return { key: node.kind, label: KIND_GROUP_LABELS[node.kind] };
    case "solution-area": {
      // An area is its own group; a component joins the area it belongs to, a team the one area it answers for.
      const area =
        node.kind === "solution-area" || node.kind === "bounded-context" ? node.id : (soleTarget(node.id, "belongs-to") ?? soleTarget(node.id, "answers-for"));
      const areaNode = area ? nodes.get(area) : undefined;
      return areaNode && (areaNode.kind === "solution-area" || areaNode.kind === "bounded-context") ? { key: areaNode.id, label: areaNode.label } : undefined;
    }
    case "namespace": {
      const namespace = node.kind === "namespace" ? node.id : soleTarget(node.id, "runs-in");
      const namespaceNode = namespace ? nodes.get(namespace) : undefined;
      return namespaceNode ? { key: namespaceNode.id, label: namespaceNode.label } : undefined;
    }
    case "server":
    case "none":
      return undefined;
  }
}

export const groupIdOf = (groupBy: TGroupBy, key: string) => `group:by-${groupBy}:${key}`;

/**
 * The graph with its groups replaced by the chosen grouping. Groups of a single member are left out:
 * they would only frame one box.
 */
export function groupGraph(graph: TGraph, groupBy: TGroupBy, nameOf: TNameOf = () => undefined): TGraph {
  if (groupBy === "server") return graph;
  const stripped = graph.nodes.map(({ groupId: _groupId, ...node }) => node);
  if (groupBy === "none") return { ...graph, nodes: stripped, groups: [] };
  const lookups: TLookups = { nodes: new Map(graph.nodes.map((n) => [n.id, n])), soleTarget: soleTargets(graph), nameOf };
  const keys = graph.nodes.map((node) => keyOf(graph, node, groupBy, lookups));
  const members = new Map<string, number>();
  for (const k of keys) if (k) members.set(k.key, (members.get(k.key) ?? 0) + 1);
  const groups = new Map<string, { id: string; label: string }>();
  const grouped = stripped.map((node, i) => {
    const k = keys[i];
    if (!k || (members.get(k.key) ?? 0) < 2) return node;
    const id = groupIdOf(groupBy, k.key);
    if (!groups.has(id)) groups.set(id, { id, label: k.label });
    return { ...node, groupId: id };
  });
  return { ...graph, nodes: grouped, groups: [...groups.values()] };
}

/**
 * The groupings that would form at least one group in this graph without putting everything into a
 * single one, so the menu offers only what tells something.
 */
export function availableGroupings(graph: TGraph, nameOf?: TNameOf): TGroupBy[] {
  return GROUP_BYS.filter((groupBy) => {
    if (groupBy === "none") return true;
    if (groupBy === "server") return graph.groups.length > 0;
    const grouped = groupGraph(graph, groupBy, nameOf);
    return grouped.groups.length > 1 || (grouped.groups.length === 1 && grouped.nodes.some((n) => !n.groupId));
  });
}
