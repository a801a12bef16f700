import type { TCatalogSnapshot } from "./catalog-snapshot.ts";
import { GraphBuilder, nodeId, type TGraph } from "./graph.ts";
import { filterComponents, type TGraphFilter } from "./graph-filter.ts";

/** True when no team owns both components: the dependency crosses a team boundary. */
export function crossesTeams(fromOwners: string[], toOwners: string[]): boolean {
  return !fromOwners.some((team) => toOwners.includes(team));
}

/**
 * Components and their dependencies, with the owning team as a facet to colour by and cross-team
 * edges emphasised. A filtered graph also shows the direct dependencies and dependents of the
 * components it selects, so every edge that touches them appears.
 */
export function buildDependencyGraph(snapshot: TCatalogSnapshot, filter: TGraphFilter): TGraph {
  const graph = new GraphBuilder();
  const components = new Map(snapshot.components.map((c) => [c.slug, c]));
  const selected = new Set(filterComponents(snapshot, filter).map((c) => c.slug));
  const edges = snapshot.components.flatMap((c) => c.dependencies.map((d) => ({ from: c.slug, to: d.slug, style: d.style })));
  const touching = edges.filter((e) => selected.has(e.from) || selected.has(e.to));
  const shown = new Set([...selected, ...touching.flatMap((e) => [e.from, e.to])]);

  for (const component of snapshot.components) {
    if (!shown.has(component.slug)) continue;
    graph.node("component", component.slug, component.name, {
      team: component.ownerSlugs[0],
      componentKind: component.kind,
      ownershipMode: component.ownershipMode,
    });
  }
  for (const e of touching) {
    const from = components.get(e.from);
    const to = components.get(e.to);
    if (!from || !to) continue;
    graph.edge(nodeId("component", e.from), nodeId("component", e.to), "depends-on", { label: e.style, emphasis: crossesTeams(from.ownerSlugs, to.ownerSlugs) });
  }
  return graph.build(filter.maxNodes);
}
