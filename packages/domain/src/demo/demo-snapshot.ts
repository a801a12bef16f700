import { effectiveOwnershipMode } from "../catalog/ownership.ts";
import type { TPlanningCatalog } from "../planning/planning-catalog.ts";
import type { TScoringSources } from "../scorecards/subject-facts.ts";
import type { TCatalogSnapshot } from "../graph/catalog-snapshot.ts";
import { DEMO_ORGANISATION, type TCatalogData } from "./demo-organisation.ts";

/**
 * The snapshot a catalog holding `data` yields, computed without a database, so graph builders
 * and writers can be specified against the demo organisation in pure unit tests.
 */
export function snapshotOf(data: TCatalogData = DEMO_ORGANISATION): TCatalogSnapshot {
  const clusters = new Map(data.clusters.map((c) => [c.slug!, c.name]));
  const contextTeams = new Map(data.boundedContexts.map((c) => [c.slug!, c.teamSlugs]));
  return {
    teams: data.teams.map((t) => ({ slug: t.slug!, name: t.name, type: t.type })),
    solutionAreas: [
      ...data.boundedContexts.map((c) => ({ slug: c.slug!, name: c.name, kind: "bounded-context", teamSlugs: c.teamSlugs })),
      ...data.solutionAreas.map((a) => ({ slug: a.slug!, name: a.name, kind: a.kind, teamSlugs: a.teamSlugs })),
    ],
    boundedContexts: data.boundedContexts.map((c) => ({ slug: c.slug!, name: c.name, subdomainType: c.subdomainType, teamSlugs: contextTeams.get(c.slug!) ?? [], solutionAreaSlug: c.slug! })),
    contextRelationships: data.contextRelationships.map(({ upstreamSlug, downstreamSlug, pattern }) => ({ upstreamSlug, downstreamSlug, pattern })),
    components: data.components.map((c) => ({
      slug: c.slug!,
      name: c.name,
      kind: c.kind,
      ownershipMode: effectiveOwnershipMode(c.ownershipMode, data.organisation.defaultOwnershipMode).mode,
      ownerSlugs: c.ownerTeamSlugs,
      solutionAreaSlug: c.solutionAreaSlug,
      repositorySlugs: c.repositorySlugs,
      namespaceSlugs: c.namespaceSlugs,
      dependencies: c.dependencies.map((d) => ({ slug: d.componentSlug, style: d.style })),
    })),
    repositories: data.repositories.map((r) => ({ slug: r.slug!, name: r.name, kind: r.kind })),
    namespaces: data.namespaces.map((n) => ({
      slug: n.slug!,
      name: n.name,
      clusterSlug: n.clusterSlug,
      clusterName: clusters.get(n.clusterSlug) ?? n.clusterSlug,
      environmentSlug: n.environmentSlug,
      meshMembership: n.meshMembership,
      deployMethod: n.deployMethod,
    })),
  };
}

/** What scoring reads for a catalog holding `data`, computed without a database (see snapshotOf). */
export function scoringSourcesOf(data: TCatalogData = DEMO_ORGANISATION): TScoringSources {
  return {
    catalog: snapshotOf(data),
    components: Object.fromEntries(data.components.map((c) => [c.slug!, { lifecycle: c.lifecycle, labels: c.labels }])),
    teamMemberCounts: Object.fromEntries(data.teams.map((t) => [t.slug!, t.members.length])),
    contextComplexity: Object.fromEntries(data.boundedContexts.map((c) => [c.slug!, c.complexity])),
    answers: (data.checklistAnswers ?? []).map((a) => ({ scope: a.scope, itemId: a.itemId, status: a.status })),
    evidence: data.evidenceFacts ?? [],
  };
}

/** What team-boundary planning reads for a catalog holding `data`, computed without a database (see snapshotOf). */
export function planningCatalogOf(data: TCatalogData = DEMO_ORGANISATION): TPlanningCatalog {
  const snapshot = snapshotOf(data);
  const teams = new Map(data.teams.map((t) => [t.slug!, t]));
  const contexts = new Map(data.boundedContexts.map((c) => [c.slug!, c]));
  const components = new Map(data.components.map((c) => [c.slug!, c]));
  return {
    ...snapshot,
    defaultOwnershipMode: data.organisation.defaultOwnershipMode,
    teams: snapshot.teams.map((t) => ({ ...t, members: (teams.get(t.slug)?.members ?? []).map(({ email, name, role }) => ({ email, name, role })) })),
    boundedContexts: snapshot.boundedContexts.map((c) => ({ ...c, complexity: contexts.get(c.slug)!.complexity })),
    components: snapshot.components.map((c) => ({ ...c, ownershipOverride: components.get(c.slug)?.ownershipMode ?? null })),
    interactions: (data.teamInteractions ?? []).map(({ teamSlug, withTeamSlug, mode }) => ({ teamSlug, withTeamSlug, mode })),
  };
}
