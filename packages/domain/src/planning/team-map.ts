import { GraphBuilder, nodeId, type TGraph } from "../graph/graph.ts";
import { ORGANISATION_GROUP } from "../graph/ownership-graph.ts";
import { SOLUTION_AREAS_GROUP } from "../graph/organisation-graph.ts";
import type { TCatalogDiff } from "./catalog-diff.ts";
import type { TPlanningCatalog } from "./planning-catalog.ts";

export const REPOSITORIES_GROUP = "group:repositories";

/**
 * The planner's organisation map: teams, the solution areas they answer for and the repositories
 * they change (those holding their components). `changed` lists the node IDs a diff touches, so
 * before/after views can highlight what moved.
 */
export function buildTeamMap(catalog: TPlanningCatalog, diff?: TCatalogDiff): TGraph & { changed: string[] } {
  const graph = new GraphBuilder();
  graph.group(ORGANISATION_GROUP, "Teams");
  graph.group(SOLUTION_AREAS_GROUP, "Solution areas");
  graph.group(REPOSITORIES_GROUP, "Repositories");
  for (const team of catalog.teams) graph.node("team", team.slug, team.name, { team: team.slug }, ORGANISATION_GROUP);
  for (const area of catalog.solutionAreas) {
    const kind = area.kind === "bounded-context" ? "bounded-context" : "solution-area";
    graph.node(kind, area.slug, area.name, { solutionAreaKind: area.kind }, SOLUTION_AREAS_GROUP);
    const conflict = area.kind === "bounded-context" && area.teamSlugs.length > 1;
    for (const team of area.teamSlugs) graph.edge(nodeId("team", team), nodeId(kind, area.slug), "answers-for", { emphasis: conflict });
  }
  const repositories = new Map(catalog.repositories.map((r) => [r.slug, r]));
  for (const component of catalog.components) {
    for (const slug of component.repositorySlugs) {
      const repository = repositories.get(slug);
      if (!repository) continue;
      graph.node("repository", repository.slug, repository.name, { repositoryKind: repository.kind, team: component.ownerSlugs[0] }, REPOSITORIES_GROUP);
      for (const team of component.ownerSlugs) graph.edge(nodeId("team", team), nodeId("repository", slug), "changes");
    }
  }
  const changed = diff
    ? [
        ...diff.teamsAdded.map((t) => nodeId("team", t.slug)),
        ...diff.teamsChanged.map((t) => nodeId("team", t.slug)),
        ...diff.memberships.map((m) => nodeId("team", m.team)),
        ...diff.solutionAreaTeams.map((a) => nodeId(catalog.boundedContexts.some((c) => c.solutionAreaSlug === a.slug) ? "bounded-context" : "solution-area", a.slug)),
        ...diff.repositoryOwners.map((r) => nodeId("repository", r.slug)),
      ]
    : [];
  return { ...graph.build(), changed: [...new Set(changed)] };
}
