import { catalogToBackstageYaml, type TBackstageCatalog, type TBranchModel, type TComponentKind, type TContextComplexity, type TContextRelationshipPattern, type TDeployMethod, type TLifecycle, type TMeshMembership, type TOwnershipMode, type TRepositoryKind, type TSubdomainType, type TTeamInteractionMode, type TTeamType } from "@topograph/domain";
import type { TDb } from "../catalog/integrity.ts";
import { parseLabels } from "../catalog/component.ts";
import { getOrganisation } from "../catalog/organisation.ts";

/** Link tables keep no order; sorting makes two exports of the same catalog the same text. */
const slugs = <T>(links: T[], slug: (link: T) => string) => links.map(slug).sort();

/**
 * Reads the whole catalog as the plain data the Backstage writer takes (the shape the demo
 * organisation is written in). Repository links are stated once, on the component side.
 */
export async function readCatalogData(db: TDb): Promise<TBackstageCatalog> {
  const [organisation, environments, clusters, namespaces, teams, contexts, relationships, areas, repositories, components, interactions] = await Promise.all([
    getOrganisation(db),
    db.environment.findMany({ select: { slug: true, name: true, rank: true, description: true }, orderBy: { rank: "asc" } }),
    db.cluster.findMany({ select: { slug: true, name: true, provider: true, region: true, description: true }, orderBy: { slug: "asc" } }),
    db.namespace.findMany({
      select: { slug: true, name: true, meshMembership: true, deployMethod: true, description: true, cluster: { select: { slug: true } }, environment: { select: { slug: true } } },
      orderBy: { slug: "asc" },
    }),
    db.team.findMany({ select: { slug: true, name: true, type: true, description: true, contactChannel: true, members: { select: { name: true, email: true, role: true }, orderBy: { email: "asc" } } }, orderBy: { slug: "asc" } }),
    db.boundedContext.findMany({
      select: { slug: true, name: true, purpose: true, subdomainType: true, complexity: true, solutionArea: { select: { teams: { select: { team: { select: { slug: true } } } } } } },
      orderBy: { slug: "asc" },
    }),
    db.contextRelationship.findMany({ select: { pattern: true, description: true, upstream: { select: { slug: true } }, downstream: { select: { slug: true } } }, orderBy: { createdAt: "asc" } }),
    db.solutionArea.findMany({ where: { boundedContext: null }, select: { slug: true, name: true, kind: true, description: true, teams: { select: { team: { select: { slug: true } } } } }, orderBy: { slug: "asc" } }),
    db.repository.findMany({ select: { slug: true, name: true, url: true, kind: true, defaultBranch: true, branchModel: true, description: true }, orderBy: { slug: "asc" } }),
    db.component.findMany({
      select: {
        slug: true,
        name: true,
        description: true,
        kind: true,
        lifecycle: true,
        labels: true,
        ownershipMode: true,
        solutionArea: { select: { slug: true } },
        owners: { select: { team: { select: { slug: true } } } },
        repositories: { select: { repository: { select: { slug: true } } } },
        deployments: { select: { namespace: { select: { slug: true } } } },
        dependencies: { select: { style: true, dependency: { select: { slug: true } } }, orderBy: { dependency: { slug: "asc" } } },
      },
      orderBy: { slug: "asc" },
    }),
    db.teamInteraction.findMany({ select: { mode: true, description: true, team: { select: { slug: true } }, withTeam: { select: { slug: true } } }, orderBy: { createdAt: "asc" } }),
  ]);
  return {
    organisation: { name: organisation.name, defaultOwnershipMode: organisation.defaultOwnershipMode, repositoryStrategy: organisation.repositoryStrategy },
    environments,
    clusters,
    namespaces: namespaces.map(({ cluster, environment, ...n }) => ({
      ...n,
      meshMembership: n.meshMembership as TMeshMembership,
      deployMethod: n.deployMethod as TDeployMethod,
      clusterSlug: cluster.slug,
      environmentSlug: environment.slug,
    })),
    teams: teams.map((t) => ({ ...t, type: t.type as TTeamType })),
    teamInteractions: interactions.map((i) => ({ teamSlug: i.team.slug, withTeamSlug: i.withTeam.slug, mode: i.mode as TTeamInteractionMode, description: i.description })),
    boundedContexts: contexts.map(({ solutionArea, ...c }) => ({
      ...c,
      subdomainType: c.subdomainType as TSubdomainType,
      complexity: c.complexity as TContextComplexity,
      teamSlugs: slugs(solutionArea.teams, (l) => l.team.slug),
    })),
    contextRelationships: relationships.map((r) => ({ upstreamSlug: r.upstream.slug, downstreamSlug: r.downstream.slug, pattern: r.pattern as TContextRelationshipPattern, description: r.description })),
    solutionAreas: areas.map(({ teams: links, ...a }) => ({ ...a, kind: a.kind as "client-ui" | "cross-cutting", teamSlugs: slugs(links, (l) => l.team.slug) })),
    repositories: repositories.map((r) => ({ ...r, kind: r.kind as TRepositoryKind, branchModel: r.branchModel as TBranchModel, componentSlugs: [] })),
    components: components.map((c) => ({
      slug: c.slug,
      name: c.name,
      description: c.description,
      kind: c.kind as TComponentKind,
      lifecycle: c.lifecycle as TLifecycle,
      labels: parseLabels(c.labels),
      ownershipMode: c.ownershipMode as TOwnershipMode | null,
      solutionAreaSlug: c.solutionArea?.slug ?? null,
      ownerTeamSlugs: slugs(c.owners, (l) => l.team.slug),
      repositorySlugs: slugs(c.repositories, (l) => l.repository.slug),
      namespaceSlugs: slugs(c.deployments, (l) => l.namespace.slug),
      dependencies: c.dependencies.map((d) => ({ componentSlug: d.dependency.slug, style: d.style as "sync" | "async" })),
    })),
  };
}

/** The catalog as one Backstage catalog-info file. */
export async function exportBackstage(db: TDb): Promise<{ fileName: string; text: string }> {
  return { fileName: "catalog-info.yaml", text: catalogToBackstageYaml(await readCatalogData(db)) };
}
