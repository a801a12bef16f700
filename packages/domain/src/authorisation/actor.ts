import type { TRole } from "../identity/role.ts";

/** A team as permission messages name it. */
export interface TTeamRef {
  slug: string;
  name: string;
}

/** Who asks to change something: their role and the teams whose member lists hold their email. */
export interface TActor {
  userId: string;
  role: TRole;
  teams: readonly TTeamRef[];
}

export function belongsToAny(actor: TActor, teams: readonly TTeamRef[]): boolean {
  return teams.some((team) => actor.teams.some((own) => own.slug === team.slug));
}
