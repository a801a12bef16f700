import type { TContextComplexity, TOwnershipMode, TPlanningCatalog, TTeamInteractionMode } from "@topograph/domain";
import { getOrganisation } from "../catalog/organisation.ts";
import { loadCatalogSnapshot } from "../catalog/snapshot.ts";
import type { TDb } from "../catalog/integrity.ts";

/** The catalog as the planner reads it: the graph snapshot plus members, complexity, ownership overrides and interactions. */
export async function loadPlanningCatalog(db: TDb): Promise<TPlanningCatalog> {
  const [snapshot, organisation, teams, contexts, components, interactions] = await Promise.all([
    loadCatalogSnapshot(db),
    getOrganisation(db),
    db.team.findMany({ select: { slug: true, members: { select: { email: true, name: true, role: true }, orderBy: { name: "asc" } } } }),
    db.boundedContext.findMany({ select: { slug: true, complexity: true } }),
    db.component.findMany({ select: { slug: true, ownershipMode: true } }),
    db.teamInteraction.findMany({ select: { mode: true, team: { select: { slug: true } }, withTeam: { select: { slug: true } } }, orderBy: { createdAt: "asc" } }),
  ]);
  const members = new Map(teams.map((t) => [t.slug, t.members]));
  const complexity = new Map(contexts.map((c) => [c.slug, c.complexity as TContextComplexity]));
  const overrides = new Map(components.map((c) => [c.slug, c.ownershipMode as TOwnershipMode | null]));
  return {
    ...snapshot,
    defaultOwnershipMode: organisation.defaultOwnershipMode as TOwnershipMode,
    teams: snapshot.teams.map((t) => ({ ...t, members: members.get(t.slug) ?? [] })),
    boundedContexts: snapshot.boundedContexts.map((c) => ({ ...c, complexity: complexity.get(c.slug) ?? "complicated" })),
    components: snapshot.components.map((c) => ({ ...c, ownershipOverride: overrides.get(c.slug) ?? null })),
    interactions: interactions.map((i) => ({ teamSlug: i.team.slug, withTeamSlug: i.withTeam.slug, mode: i.mode as TTeamInteractionMode })),
  };
}
