import { effectiveOwnershipMode, type TCatalogSnapshot, type TComponentKind, type TDeployMethod, type TMeshMembership, type TOwnershipMode, type TRepositoryKind } from "@topograph/domain";
import type { TDb } from "./integrity.ts";
import { getOrganisation } from "./organisation.ts";

const slugOnly = { select: { slug: true } } as const;

/** Reads the slice of the catalog the graph builders need, relations as slugs. */
export async function loadCatalogSnapshot(db: TDb): Promise<TCatalogSnapshot> {
  const [organisation, teams, areas, contexts, relationships, components, repositories, namespaces] = await Promise.all([
    getOrganisation(db),
    db.team.findMany({ select: { slug: true, name: true, type: true }, orderBy: { name: "asc" } }),
    db.solutionArea.findMany({ select: { slug: true, name: true, kind: true, teams: { select: { team: slugOnly } } }, orderBy: { name: "asc" } }),
    db.boundedContext.findMany({
      select: { slug: true, name: true, subdomainType: true, solutionArea: { select: { teams: { select: { team: slugOnly } } } } },
      orderBy: { name: "asc" },
    }),
    db.contextRelationship.findMany({ select: { pattern: true, upstream: slugOnly, downstream: slugOnly }, orderBy: { createdAt: "asc" } }),
    db.component.findMany({
      select: {
        slug: true,
        name: true,
        kind: true,
        ownershipMode: true,
        solutionArea: slugOnly,
        owners: { select: { team: slugOnly } },
        repositories: { select: { repository: slugOnly } },
        deployments: { select: { namespace: slugOnly } },
        dependencies: { select: { style: true, dependency: slugOnly } },
      },
      orderBy: { name: "asc" },
    }),
    db.repository.findMany({ select: { slug: true, name: true, kind: true }, orderBy: { name: "asc" } }),
    db.namespace.findMany({
      select: { slug: true, name: true, meshMembership: true, deployMethod: true, cluster: { select: { slug: true, name: true } }, environment: slugOnly },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    teams,
    solutionAreas: areas.map((a) => ({ slug: a.slug, name: a.name, kind: a.kind, teamSlugs: a.teams.map((t) => t.team.slug) })),
    boundedContexts: contexts.map((c) => ({ slug: c.slug, name: c.name, subdomainType: c.subdomainType, teamSlugs: c.solutionArea.teams.map((t) => t.team.slug) })),
    contextRelationships: relationships.map((r) => ({ upstreamSlug: r.upstream.slug, downstreamSlug: r.downstream.slug, pattern: r.pattern })),
    components: components.map((c) => ({
      slug: c.slug,
      name: c.name,
      kind: c.kind as TComponentKind,
      ownershipMode: effectiveOwnershipMode(c.ownershipMode as TOwnershipMode | null, organisation.defaultOwnershipMode).mode,
      ownerSlugs: c.owners.map((o) => o.team.slug),
      solutionAreaSlug: c.solutionArea?.slug ?? null,
      repositorySlugs: c.repositories.map((r) => r.repository.slug),
      namespaceSlugs: c.deployments.map((d) => d.namespace.slug),
      dependencies: c.dependencies.map((d) => ({ slug: d.dependency.slug, style: d.style })),
    })),
    repositories: repositories.map((r) => ({ ...r, kind: r.kind as TRepositoryKind })),
    namespaces: namespaces.map((n) => ({
      slug: n.slug,
      name: n.name,
      clusterSlug: n.cluster.slug,
      clusterName: n.cluster.name,
      environmentSlug: n.environment.slug,
      meshMembership: n.meshMembership as TMeshMembership,
      deployMethod: n.deployMethod as TDeployMethod,
    })),
  };
}
