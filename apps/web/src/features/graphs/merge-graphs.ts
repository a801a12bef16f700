import type { TGraph } from "./graph-types.ts";

/**
 * The union of a graph and graphs fetched around some of its nodes: each node, edge and group once
 * (the first copy wins). What was left out and the findings are the first graph's.
 */
export function mergeGraphs(first: TGraph, more: TGraph[]): TGraph {
  if (more.length === 0) return first;
  const nodes = new Map(first.nodes.map((n) => [n.id, n]));
  const edges = new Map(first.edges.map((e) => [e.id, e]));
  const groups = new Map(first.groups.map((g) => [g.id, g]));
  for (const graph of more) {
    for (const n of graph.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of graph.edges) if (!edges.has(e.id)) edges.set(e.id, e);
    for (const g of graph.groups) if (!groups.has(g.id)) groups.set(g.id, g);
  }
  return { ...first, nodes: [...nodes.values()], edges: [...edges.values()], groups: [...groups.values()] };
}

/** "component:b-service" → its kind and slug, or null for anything else. */
export function parseNodeId<K extends string>(id: string, kinds: readonly K[]): { kind: K; slug: string } | null {
  const separator = id.indexOf(":");
  if (separator <= 0) return null;
  const kind = id.slice(0, separator);
  const slug = id.slice(separator + 1);
  return (kinds as readonly string[]).includes(kind) && slug ? { kind: kind as K, slug } : null;
}
