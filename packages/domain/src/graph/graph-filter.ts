import { z } from "zod";
import { COMPONENT_KINDS } from "../catalog/component.ts";
import type { TCatalogSnapshot, TSnapshotComponent, TSnapshotNamespace } from "./catalog-snapshot.ts";

export const DEFAULT_GRAPH_NODES = 1500;
export const MAX_GRAPH_NODES = 10_000;

const slugFilter = z.string().trim().min(1).max(200).optional();

/** Filters every view accepts; each view uses those that make sense for it. */
export const ZGraphFilterSchema = z.object({
  teamSlug: slugFilter,
  boundedContextSlug: slugFilter,
  componentKind: z.enum(COMPONENT_KINDS, { error: () => `Component kind must be one of: ${COMPONENT_KINDS.join(", ")}.` }).optional(),
  environmentSlug: slugFilter,
  clusterSlug: slugFilter,
  maxNodes: z.int().min(1, "maxNodes must be at least 1.").max(MAX_GRAPH_NODES, `maxNodes must be at most ${MAX_GRAPH_NODES}.`).default(DEFAULT_GRAPH_NODES),
});
export type TGraphFilter = z.infer<typeof ZGraphFilterSchema>;

/** Whether a namespace passes the environment and cluster filters. */
export function namespaceMatches(namespace: TSnapshotNamespace, filter: TGraphFilter): boolean {
  return (!filter.environmentSlug || namespace.environmentSlug === filter.environmentSlug) && (!filter.clusterSlug || namespace.clusterSlug === filter.clusterSlug);
}

/**
 * Components passing the team, bounded-context and kind filters; with an environment or cluster
 * filter, only those deployed there. A bounded context's components are those of its solution area,
 * which shares its slug.
 */
export function filterComponents(snapshot: TCatalogSnapshot, filter: TGraphFilter): TSnapshotComponent[] {
  const namespaces = new Map(snapshot.namespaces.map((n) => [n.slug, n]));
  const placed = filter.environmentSlug || filter.clusterSlug;
  return snapshot.components.filter(
    (c) =>
      (!filter.teamSlug || c.ownerSlugs.includes(filter.teamSlug)) &&
      (!filter.boundedContextSlug || c.solutionAreaSlug === filter.boundedContextSlug) &&
      (!filter.componentKind || c.kind === filter.componentKind) &&
      (!placed || c.namespaceSlugs.some((slug) => {
        const namespace = namespaces.get(slug);
        return namespace !== undefined && namespaceMatches(namespace, filter);
      })),
  );
}
