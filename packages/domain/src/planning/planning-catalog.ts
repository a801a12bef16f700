import type { TContextComplexity } from "../catalog/bounded-context.ts";
import type { TOwnershipMode } from "../catalog/organisation.ts";
import type { TTeamInteractionMode } from "../catalog/team-interaction.ts";
import type { TCatalogSnapshot } from "../graph/catalog-snapshot.ts";

export interface TPlanningMember {
  email: string;
  name: string;
  role: string;
}

export interface TPlanningInteraction {
  teamSlug: string;
  withTeamSlug: string;
  mode: TTeamInteractionMode;
}

/**
 * What team-boundary planning reads and rewrites: the catalog snapshot the graph builders draw, plus
 * team members, context complexity, ownership overrides and declared team interactions. It is plain
 * data, so a scenario is this catalog with its operations replayed on a copy.
 */
export interface TPlanningCatalog extends TCatalogSnapshot {
  defaultOwnershipMode: TOwnershipMode;
  teams: (TCatalogSnapshot["teams"][number] & { members: TPlanningMember[] })[];
  boundedContexts: (TCatalogSnapshot["boundedContexts"][number] & { complexity: TContextComplexity })[];
  /** `ownershipOverride` null: the organisation default applies; `ownershipMode` is the mode in force. */
  components: (TCatalogSnapshot["components"][number] & { ownershipOverride: TOwnershipMode | null })[];
  interactions: TPlanningInteraction[];
}

/** The graph snapshot a planning catalog holds, without the planner's own fields (members, complexity, overrides, interactions). */
export function catalogSnapshotOf({ defaultOwnershipMode: _mode, interactions: _interactions, ...catalog }: TPlanningCatalog): TCatalogSnapshot {
  return {
    ...catalog,
    teams: catalog.teams.map(({ members: _members, ...team }) => team),
    boundedContexts: catalog.boundedContexts.map(({ complexity: _complexity, ...context }) => context),
    components: catalog.components.map(({ ownershipOverride: _override, ...component }) => component),
  };
}

export type TPlanningTeam = TPlanningCatalog["teams"][number];
export type TPlanningComponent = TPlanningCatalog["components"][number];

/** Owner teams per repository and per namespace, read once per metric run. */
export function ownersByHolding(catalog: TPlanningCatalog) {
  const repositories = new Map<string, Set<string>>();
  const namespaces = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, owners: readonly string[]) => {
    const set = map.get(key) ?? new Set<string>();
    owners.forEach((owner) => set.add(owner));
    map.set(key, set);
  };
  for (const component of catalog.components) {
    component.repositorySlugs.forEach((slug) => add(repositories, slug, component.ownerSlugs));
    component.namespaceSlugs.forEach((slug) => add(namespaces, slug, component.ownerSlugs));
  }
  const read = (map: Map<string, Set<string>>) => (slug: string) => [...(map.get(slug) ?? [])].sort();
  return { ofRepository: read(repositories), ofNamespace: read(namespaces) };
}
