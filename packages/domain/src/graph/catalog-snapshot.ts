import type { TComponentKind } from "../catalog/component.ts";
import type { TDeployMethod, TMeshMembership } from "../catalog/namespace.ts";
import type { TOwnershipMode } from "../catalog/organisation.ts";
import type { TRepositoryKind } from "../catalog/repository.ts";

/** The slice of the catalog the graph builders read: plain data, relations by slug. */
export interface TCatalogSnapshot {
  teams: { slug: string; name: string; type: string }[];
  solutionAreas: { slug: string; name: string; kind: string; teamSlugs: string[] }[];
  boundedContexts: { slug: string; name: string; subdomainType: string; teamSlugs: string[]; solutionAreaSlug: string }[];
  contextRelationships: { upstreamSlug: string; downstreamSlug: string; pattern: string }[];
  components: {
    slug: string;
    name: string;
    kind: TComponentKind;
    /** The mode that applies: the component's override or the organisation default. */
    ownershipMode: TOwnershipMode;
    ownerSlugs: string[];
    solutionAreaSlug: string | null;
    repositorySlugs: string[];
    namespaceSlugs: string[];
    dependencies: { slug: string; style: string }[];
  }[];
  repositories: { slug: string; name: string; kind: TRepositoryKind }[];
  namespaces: {
    slug: string;
    name: string;
    clusterSlug: string;
    clusterName: string;
    environmentSlug: string;
    meshMembership: TMeshMembership;
    deployMethod: TDeployMethod;
  }[];
}

export type TSnapshotComponent = TCatalogSnapshot["components"][number];
export type TSnapshotNamespace = TCatalogSnapshot["namespaces"][number];

/** Lookups by slug over a snapshot, built once per graph. */
export function indexSnapshot(snapshot: TCatalogSnapshot) {
  const bySlug = <T extends { slug: string }>(rows: T[]) => new Map(rows.map((row) => [row.slug, row]));
  return {
    teams: bySlug(snapshot.teams),
    areas: bySlug(snapshot.solutionAreas),
    contexts: bySlug(snapshot.boundedContexts),
    components: bySlug(snapshot.components),
    repositories: bySlug(snapshot.repositories),
    namespaces: bySlug(snapshot.namespaces),
  };
}
