import { ownersByHolding, type TPlanningCatalog } from "../planning-catalog.ts";

export interface TTeamHoldings {
  components: Set<string>;
  repositories: Set<string>;
  boundedContexts: Set<string>;
  namespaces: Set<string>;
}

/** What each team owns: components directly, repositories and namespaces through those components, bounded contexts it answers for. */
export function teamHoldings(catalog: TPlanningCatalog): Map<string, TTeamHoldings> {
  const holdings = new Map(catalog.teams.map((t) => [t.slug, { components: new Set<string>(), repositories: new Set<string>(), boundedContexts: new Set<string>(), namespaces: new Set<string>() }]));
  for (const component of catalog.components) {
    for (const owner of component.ownerSlugs) {
      const held = holdings.get(owner);
      if (!held) continue;
      held.components.add(component.slug);
      component.repositorySlugs.forEach((slug) => held.repositories.add(slug));
      component.namespaceSlugs.forEach((slug) => held.namespaces.add(slug));
    }
  }
  for (const context of catalog.boundedContexts) for (const team of context.teamSlugs) holdings.get(team)?.boundedContexts.add(context.slug);
  return holdings;
}

/** Whether anything owns each repository and namespace (a component with an owner held / running there). */
export function ownedHoldings(catalog: TPlanningCatalog) {
  const owners = ownersByHolding(catalog);
  return {
    repository: (slug: string) => owners.ofRepository(slug).length > 0,
    namespace: (slug: string) => owners.ofNamespace(slug).length > 0,
  };
}
