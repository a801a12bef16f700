import { initiativeOwnership, scorecardOwnership, teamRefsBySlug, type TDb } from "@topograph/db";
import type { TPermissionNeed, TTeamRef } from "@topograph/domain";

/** A definition whose owner team changes needs both the old team's and the new team's say. */
async function ownedDefinitionNeeds(db: TDb, current: { exists: boolean; ownerTeams: TTeamRef[] }, newOwnerSlug: string | null | undefined, noun: string): Promise<TPermissionNeed[]> {
  const newOwners = newOwnerSlug === undefined ? current.ownerTeams : await teamRefsBySlug(db, [newOwnerSlug]);
  const handsOver = current.exists && (newOwners[0]?.slug ?? null) !== (current.ownerTeams[0]?.slug ?? null);
  return [
    ...(current.exists ? [{ kind: "belong", teams: current.ownerTeams, what: `change this ${noun}` } as const] : []),
    ...(!current.exists || handsOver ? [{ kind: "belong", teams: newOwners, what: `make this ${noun} owned by ${newOwners[0]?.name ?? "no team"}` } as const] : []),
  ];
}

/**
 * Scorecard definitions are edited by administrators and the scorecard's owner team; one with no
 * owner team (the built-ins, unless given one) by administrators only.
 */
export async function scorecardNeeds(db: TDb, slug: string, newOwnerSlug?: string | null): Promise<TPermissionNeed[]> {
  return ownedDefinitionNeeds(db, await scorecardOwnership(db, slug), newOwnerSlug, "scorecard");
}

/** Initiatives likewise belong to their owner team. */
export async function initiativeNeeds(db: TDb, id: string | null, newOwnerSlug?: string | null): Promise<TPermissionNeed[]> {
  const current = id === null ? { exists: false, ownerTeams: [] } : await initiativeOwnership(db, id);
  return ownedDefinitionNeeds(db, current, newOwnerSlug, "initiative");
}
