import { CONTEXT_RELATIONSHIP_PATTERN_INFO, type TContextRelationshipPattern } from "../catalog/bounded-context.ts";
import type { TCatalogSnapshot } from "./catalog-snapshot.ts";
import { GraphBuilder, nodeId, type TGraph } from "./graph.ts";
import type { TGraphFilter } from "./graph-filter.ts";

/** The label of a context-map edge: the pattern's abbreviation, with U/D where direction matters. */
export function relationshipLabel(pattern: string): string {
  const info = CONTEXT_RELATIONSHIP_PATTERN_INFO[pattern as TContextRelationshipPattern];
  if (!info) return pattern;
  return info.side === "mutual" ? info.abbreviation : `U ${info.abbreviation} D`;
}

/**
 * Bounded contexts and their DDD relationships, upstream → downstream. With a team or context
 * filter it shows those contexts and their direct partners, so a relationship is never cut in half.
 */
export function buildContextMapGraph(snapshot: TCatalogSnapshot, filter: TGraphFilter): TGraph {
  const graph = new GraphBuilder();
  const focus = snapshot.boundedContexts.filter(
    (c) => (!filter.teamSlug || c.teamSlugs.includes(filter.teamSlug)) && (!filter.boundedContextSlug || c.slug === filter.boundedContextSlug),
  );
  const focusSlugs = new Set(focus.map((c) => c.slug));
  const filtered = Boolean(filter.teamSlug || filter.boundedContextSlug);
  const relationships = snapshot.contextRelationships.filter((r) => !filtered || focusSlugs.has(r.upstreamSlug) || focusSlugs.has(r.downstreamSlug));
  const shown = new Set([...focusSlugs, ...relationships.flatMap((r) => [r.upstreamSlug, r.downstreamSlug])]);
  for (const context of snapshot.boundedContexts) {
    if (shown.has(context.slug)) graph.node("bounded-context", context.slug, context.name, { subdomainType: context.subdomainType, team: context.teamSlugs[0] });
  }
  for (const r of relationships) {
    graph.edge(nodeId("bounded-context", r.upstreamSlug), nodeId("bounded-context", r.downstreamSlug), "context-relationship", { label: relationshipLabel(r.pattern) });
  }
  return graph.build(filter.maxNodes);
}
