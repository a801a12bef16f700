import type { TOwnershipMode } from "../catalog/organisation.ts";
import type { TTeamRef } from "./actor.ts";

/**
 * Something the ownership rules govern: a component, or what belongs to components (their
 * repositories, namespaces, checklist answers and waivers), or a solution area through its teams.
 */
export interface TOwnedTarget {
  /** The noun messages use: "component", "repository"… */
  kind: string;
  name: string;
  ownerTeams: readonly TTeamRef[];
  mode: TOwnershipMode;
}

/**
 * What several components share (a repository, a namespace) is owned by all of their owners, and
 * strongly owned as soon as one of them is: a team cannot change another team's strongly owned
 * component through the repository they share.
 */
export function sharedTarget(kind: string, name: string, parts: readonly TOwnedTarget[]): TOwnedTarget {
  const owners = new Map<string, TTeamRef>();
  for (const part of parts) for (const team of part.ownerTeams) owners.set(team.slug, team);
  return { kind, name, ownerTeams: [...owners.values()], mode: parts.some((part) => part.mode === "strong") ? "strong" : "collective" };
}

/** "Team A", "Team A or Team B", "Team A, Team B or Team C". */
export function teamList(teams: readonly TTeamRef[]): string {
  const names = teams.map((team) => team.name);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}
