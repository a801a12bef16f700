import type { TContextComplexity } from "../../catalog/bounded-context.ts";
import type { TOwnershipMode } from "../../catalog/organisation.ts";
import type { TTeamInteractionMode } from "../../catalog/team-interaction.ts";
import type { TPlanningCatalog } from "../planning-catalog.ts";

interface THandMade {
  /** Team slug → member count (members are `<n>@<team>`), or the type and count. */
  teams: Record<string, number | { members: number; type: string }>;
  contexts?: Record<string, { teams: string[]; complexity?: TContextComplexity }>;
  components?: Record<string, { owners: string[]; context?: string; repositories?: string[]; namespaces?: string[]; dependsOn?: string[]; mode?: TOwnershipMode }>;
  relationships?: [upstream: string, downstream: string, pattern: string][];
  interactions?: [team: string, withTeam: string, mode: TTeamInteractionMode][];
  repositories?: string[];
  namespaces?: string[];
}

/** A small catalog written the way a test reads: slugs double as names. */
export function handMadeCatalog(spec: THandMade): TPlanningCatalog {
  const components = Object.entries(spec.components ?? {});
  const repositories = new Set([...(spec.repositories ?? []), ...components.flatMap(([, c]) => c.repositories ?? [])]);
  const namespaces = new Set([...(spec.namespaces ?? []), ...components.flatMap(([, c]) => c.namespaces ?? [])]);
  const contexts = Object.entries(spec.contexts ?? {});
  return {
    defaultOwnershipMode: "collective",
    teams: Object.entries(spec.teams).map(([slug, team]) => {
      const { members, type } = typeof team === "number" ? { members: team, type: "stream-aligned" } : team;
      return { slug, name: slug, type, members: Array.from({ length: members }, (_, i) => ({ email: `${i + 1}@${slug}`, name: `${slug} ${i + 1}`, role: "" })) };
    }),
    solutionAreas: contexts.map(([slug, c]) => ({ slug, name: slug, kind: "bounded-context", teamSlugs: [...c.teams] })),
    boundedContexts: contexts.map(([slug, c]) => ({ slug, name: slug, subdomainType: "core", teamSlugs: [...c.teams], solutionAreaSlug: slug, complexity: c.complexity ?? "complicated" })),
    contextRelationships: (spec.relationships ?? []).map(([upstreamSlug, downstreamSlug, pattern]) => ({ upstreamSlug, downstreamSlug, pattern })),
    components: components.map(([slug, c]) => ({
      slug,
      name: slug,
      kind: "microservice",
      ownershipMode: c.mode ?? "collective",
      ownershipOverride: c.mode ?? null,
      ownerSlugs: [...c.owners],
      solutionAreaSlug: c.context ?? null,
      repositorySlugs: c.repositories ?? [],
      namespaceSlugs: c.namespaces ?? [],
      dependencies: (c.dependsOn ?? []).map((dep) => ({ slug: dep, style: "sync" })),
    })),
    repositories: [...repositories].map((slug) => ({ slug, name: slug, kind: "application" })),
    namespaces: [...namespaces].map((slug) => ({ slug, name: slug, clusterSlug: "c", clusterName: "c", environmentSlug: "production", meshMembership: "sidecar", deployMethod: "gitops-auto-sync" })),
    interactions: (spec.interactions ?? []).map(([teamSlug, withTeamSlug, mode]) => ({ teamSlug, withTeamSlug, mode })),
  };
}
