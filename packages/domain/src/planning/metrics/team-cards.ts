import { TEAM_SIZE } from "./team-shape.ts";
import { dependencyEdges, fanByTeam } from "./dependency-edges.ts";
import { contextComplexityByTeam, domainOverload } from "./domain-heuristics.ts";
import type { TComponentScores } from "./metric.ts";
import { teamHoldings } from "./team-holdings.ts";
import type { TPlanningCatalog } from "../planning-catalog.ts";

export interface TTeamCard {
  slug: string;
  name: string;
  type: string;
  members: number;
  components: string[];
  repositories: string[];
  boundedContexts: string[];
  namespaces: string[];
  fanIn: number;
  fanOut: number;
  meanScore: number | null;
  /** The problems the metrics find with this team, in words. */
  flags: string[];
}

/** One card per team: what it holds and what the metrics say about it. */
export function teamCards(catalog: TPlanningCatalog, componentScores: TComponentScores): TTeamCard[] {
  const holdings = teamHoldings(catalog);
  const fan = fanByTeam(dependencyEdges(catalog).filter((e) => e.crossTeam));
  const complexity = contextComplexityByTeam(catalog);
  return catalog.teams.map((team) => {
    const held = holdings.get(team.slug)!;
    const counts = complexity.get(team.slug) ?? { simple: 0, complicated: 0, complex: 0 };
    const scores = [...held.components].flatMap((slug) => componentScores.get(slug) ?? []);
    const overload = domainOverload(counts);
    const size = team.members.length;
    const flags = [
      ...(overload ? [`Holds ${overload}`] : []),
      ...(size < TEAM_SIZE.min || size > TEAM_SIZE.max ? [`${size} members (aim for ${TEAM_SIZE.min}–${TEAM_SIZE.max})`] : []),
      ...(held.components.size === 0 && held.boundedContexts.size === 0 ? ["Owns nothing"] : []),
    ];
    return {
      slug: team.slug,
      name: team.name,
      type: team.type,
      members: size,
      components: [...held.components].sort(),
      repositories: [...held.repositories].sort(),
      boundedContexts: [...held.boundedContexts].sort(),
      namespaces: [...held.namespaces].sort(),
      fanIn: fan.get(team.slug)?.fanIn ?? 0,
      fanOut: fan.get(team.slug)?.fanOut ?? 0,
      meanScore: scores.length ? Math.round((10 * scores.reduce((sum, s) => sum + s.score, 0)) / scores.length) / 10 : null,
      flags,
    };
  });
}
