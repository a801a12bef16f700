import { SOLUTION_AREA_KIND_LABELS, type TSolutionAreaKind } from "../catalog/solution-area.ts";
import type { TCatalogSnapshot } from "./catalog-snapshot.ts";
import { GraphBuilder, nodeId, type TGraph } from "./graph.ts";
import type { TGraphFilter } from "./graph-filter.ts";
import { ORGANISATION_GROUP } from "./ownership-graph.ts";

export const SOLUTION_AREAS_GROUP = "group:solution-areas";

/**
 * Which team answers for which solution area (the article's section 22 map). Areas with no team,
 * and areas several teams answer for, are called out in `notes` and by emphasised edges.
 */
export function buildOrganisationGraph(snapshot: TCatalogSnapshot, filter: TGraphFilter): TGraph {
  const graph = new GraphBuilder();
  graph.group(ORGANISATION_GROUP, "Organisation");
  graph.group(SOLUTION_AREAS_GROUP, "Solution areas");
  const areas = snapshot.solutionAreas.filter(
    (area) => (!filter.teamSlug || area.teamSlugs.includes(filter.teamSlug)) && (!filter.boundedContextSlug || area.slug === filter.boundedContextSlug),
  );
  // Insertion order is the order a cap keeps: each area with its teams, then teams that answer for nothing.
  const teamsBySlug = new Map(snapshot.teams.map((t) => [t.slug, t]));
  const addTeam = (slug: string) => {
    const team = teamsBySlug.get(slug);
    if (team) graph.node("team", team.slug, team.name, { team: team.slug }, ORGANISATION_GROUP);
  };
  for (const area of areas) {
    const kind = area.kind as TSolutionAreaKind;
    graph.node(area.kind === "bounded-context" ? "bounded-context" : "solution-area", area.slug, area.name, { solutionAreaKind: kind }, SOLUTION_AREAS_GROUP);
    area.teamSlugs.forEach(addTeam);
    const label = SOLUTION_AREA_KIND_LABELS[kind] ?? area.kind;
    if (area.teamSlugs.length === 0) graph.notes.push(`${label} "${area.name}" has no team.`);
    if (area.teamSlugs.length > 1) graph.notes.push(`${label} "${area.name}" has ${area.teamSlugs.length} teams.`);
  }
  if (!filter.boundedContextSlug) for (const team of snapshot.teams) if (!filter.teamSlug || team.slug === filter.teamSlug) addTeam(team.slug);
  for (const area of areas) {
    const areaNode = nodeId(area.kind === "bounded-context" ? "bounded-context" : "solution-area", area.slug);
    // Several teams on one bounded context is a conflict; a client UI shared by its frontend and BFF teams is by design.
    const conflict = area.kind === "bounded-context" && area.teamSlugs.length > 1;
    for (const teamSlug of area.teamSlugs) graph.edge(nodeId("team", teamSlug), areaNode, "answers-for", { emphasis: conflict });
  }
  return graph.build(filter.maxNodes);
}
