import type { TGraph, TViewEdge, TViewGraph, TViewGroup, TViewItem } from "./graph-types.ts";

/** Groups ordered so that every parent comes before its children (React Flow requires it). */
function parentsFirst<T extends { id: string; parentId?: string }>(groups: T[]): T[] {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const depth = (g: T): number => {
    let d = 0;
    for (let p = g.parentId; p && byId.has(p) && d < groups.length; p = byId.get(p)!.parentId) d++;
    return d;
  };
  return groups.map((g, i) => ({ g, d: depth(g), i })).sort((a, b) => a.d - b.d || a.i - b.i).map(({ g }) => g);
}

/**
 * The graph as drawn with some groups collapsed: each collapsed group becomes one item standing
 * for everything inside it (at any depth), edges to its members end at it, edges inside it vanish,
 * and edges made parallel by this are merged into one that counts them.
 */
export function collapseGroups(graph: TGraph, collapsed: ReadonlySet<string>): TViewGraph {
  const groupsById = new Map(graph.groups.map((g) => [g.id, g]));
  const parentOf = (groupId: string | undefined) => (groupId && groupsById.has(groupId) ? groupId : undefined);

  // The outermost collapsed group containing a group (or the group itself), if any.
  const foldedInto = new Map<string, string | undefined>();
  const folded = (groupId: string | undefined): string | undefined => {
    if (!groupId || !groupsById.has(groupId)) return undefined;
    if (foldedInto.has(groupId)) return foldedInto.get(groupId);
    const outer = folded(groupsById.get(groupId)!.parentId);
    const result = outer ?? (collapsed.has(groupId) ? groupId : undefined);
    foldedInto.set(groupId, result);
    return result;
  };

  const size = new Map<string, number>();
  for (const node of graph.nodes) {
    for (let g = parentOf(node.groupId), guard = 0; g && guard <= graph.groups.length; g = parentOf(groupsById.get(g)!.parentId), guard++) {
      size.set(g, (size.get(g) ?? 0) + 1);
    }
  }
  const viewGroup = (id: string): TViewGroup => {
    const g = groupsById.get(id)!;
    const parentId = parentOf(g.parentId);
    return { id, label: g.label, size: size.get(id) ?? 0, ...(parentId ? { parentId } : {}) };
  };

  const groups: TViewGroup[] = [];
  const items: TViewItem[] = [];
  for (const g of parentsFirst(graph.groups)) {
    if ((size.get(g.id) ?? 0) === 0) continue;
    const into = folded(g.id);
    if (into === undefined) groups.push(viewGroup(g.id));
    else if (into === g.id) {
      const group = viewGroup(g.id);
      items.push({ type: "collapsed", id: g.id, group, ...(group.parentId ? { parentId: group.parentId } : {}) });
    }
  }

  const standsFor = new Map<string, string>();
  for (const node of graph.nodes) {
    const into = folded(node.groupId);
    if (into) {
      standsFor.set(node.id, into);
      continue;
    }
    standsFor.set(node.id, node.id);
    const parentId = parentOf(node.groupId);
    items.push({ type: "entity", id: node.id, node, ...(parentId ? { parentId } : {}) });
  }

  const edges = new Map<string, TViewEdge>();
  for (const edge of graph.edges) {
    const source = standsFor.get(edge.source);
    const target = standsFor.get(edge.target);
    if (!source || !target || source === target) continue;
    const merged = source !== edge.source || target !== edge.target;
    const key = merged ? `${source}->${target}:${edge.kind}` : edge.id;
    const existing = edges.get(key);
    if (existing) {
      existing.count++;
      existing.emphasis ||= Boolean(edge.emphasis);
      if (existing.label !== edge.label) delete existing.label;
      continue;
    }
    edges.set(key, { id: key, source, target, kind: edge.kind, emphasis: Boolean(edge.emphasis), count: 1, ...(edge.label ? { label: edge.label } : {}) });
  }
  return { items, groups, edges: [...edges.values()], standsFor };
}
