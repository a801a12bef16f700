import { teamPairKey } from "../../catalog/team-interaction.ts";
import type { TPlanningCatalog } from "../planning-catalog.ts";

export interface TDependencyEdge {
  from: string;
  to: string;
  style: string;
  fromTeams: string[];
  toTeams: string[];
  /** Both ends have owners and share none. */
  crossTeam: boolean;
}

const edgesByCatalog = new WeakMap<TPlanningCatalog, TDependencyEdge[]>();

/**
 * Every dependency edge with the teams at each end; edges to components outside the catalog are
 * left out. Several metrics read them, so they are worked out once per catalog (catalogs are not
 * changed once measured: a scenario replays on a copy).
 */
export function dependencyEdges(catalog: TPlanningCatalog): TDependencyEdge[] {
  const known = edgesByCatalog.get(catalog);
  if (known) return known;
  const edges = edgesOf(catalog);
  edgesByCatalog.set(catalog, edges);
  return edges;
}

function edgesOf(catalog: TPlanningCatalog): TDependencyEdge[] {
  const owners = new Map(catalog.components.map((c) => [c.slug, c.ownerSlugs]));
  return catalog.components.flatMap((component) =>
    component.dependencies.flatMap((dependency) => {
      const toTeams = owners.get(dependency.slug);
      if (!toTeams) return [];
      const fromTeams = component.ownerSlugs;
      const crossTeam = fromTeams.length > 0 && toTeams.length > 0 && !fromTeams.some((team) => toTeams.includes(team));
      return [{ from: component.slug, to: dependency.slug, style: dependency.style, fromTeams, toTeams, crossTeam }];
    }),
  );
}

/** The unordered team pairs that cross-team edges connect, with the edges between them. */
export function coordinatingPairs(edges: readonly TDependencyEdge[]): Map<string, { teams: [string, string]; edges: TDependencyEdge[] }> {
  const pairs = new Map<string, { teams: [string, string]; edges: TDependencyEdge[] }>();
  for (const edge of edges) {
    if (!edge.crossTeam) continue;
    for (const a of edge.fromTeams)
      for (const b of edge.toTeams) {
        const key = teamPairKey(a, b);
        const pair = pairs.get(key) ?? { teams: (a < b ? [a, b] : [b, a]) as [string, string], edges: [] };
        pair.edges.push(edge);
        pairs.set(key, pair);
      }
  }
  return pairs;
}

/** Per team: cross-team edges into its components (fan-in) and out of them (fan-out). */
export function fanByTeam(crossEdges: readonly TDependencyEdge[]): Map<string, { fanIn: number; fanOut: number }> {
  const fan = new Map<string, { fanIn: number; fanOut: number }>();
  const of = (team: string) => fan.get(team) ?? fan.set(team, { fanIn: 0, fanOut: 0 }).get(team)!;
  for (const edge of crossEdges) {
    edge.fromTeams.forEach((team) => (of(team).fanOut += 1));
    edge.toTeams.forEach((team) => (of(team).fanIn += 1));
  }
  return fan;
}
