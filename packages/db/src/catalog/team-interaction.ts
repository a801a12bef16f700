import { AppError, teamPairKey, type TTeamInteraction } from "@topograph/domain";
import { audited } from "../audit/audited-write.ts";
import { teamInteractionAudit } from "../audit/catalog-subjects.ts";
import { inTransaction, type TDb, type TTransaction } from "./integrity.ts";

const interactionSelect = {
  id: true,
  mode: true,
  description: true,
  updatedAt: true,
  team: { select: { slug: true, name: true, type: true } },
  withTeam: { select: { slug: true, name: true, type: true } },
} as const;

/** Declared interactions, all or those a team takes part in (on either side). */
export async function listTeamInteractions(db: TDb, input: { teamSlug?: string } = {}) {
  const where = input.teamSlug ? { OR: [{ team: { slug: input.teamSlug } }, { withTeam: { slug: input.teamSlug } }] } : {};
  return db.teamInteraction.findMany({ where, select: interactionSelect, orderBy: [{ team: { name: "asc" } }, { withTeam: { name: "asc" } }] });
}

async function teamIds(tx: TTransaction, teamSlug: string, withTeamSlug: string) {
  if (teamSlug === withTeamSlug) throw AppError.invalid("withTeamSlug", "A team does not interact with itself.");
  const teams = await tx.team.findMany({ where: { slug: { in: [teamSlug, withTeamSlug] } }, select: { id: true, slug: true } });
  const id = (slug: string, path: string) => {
    const team = teams.find((t) => t.slug === slug);
    if (!team) throw AppError.invalid(path, `No team "${slug}" exists.`);
    return team.id;
  };
  return { teamId: id(teamSlug, "teamSlug"), withTeamId: id(withTeamSlug, "withTeamSlug") };
}

/** Removes the pair's interaction whichever way round it was declared. */
async function removePair(tx: TTransaction, teamId: string, withTeamId: string) {
  return tx.teamInteraction.deleteMany({ where: { OR: [{ teamId, withTeamId }, { teamId: withTeamId, withTeamId: teamId }] } });
}

/** Declares (or replaces) the one interaction between two teams. */
export async function declareTeamInteraction(db: TDb, input: TTeamInteraction) {
  return inTransaction(db, async (tx) => {
    const ids = await teamIds(tx, input.teamSlug, input.withTeamSlug);
    const pair = `${ids.teamId}|${ids.withTeamId}`;
    const action = (await teamInteractionAudit.read(tx, pair)) ? "update" : "create";
    return audited(tx, teamInteractionAudit, action, pair, async () => {
      await removePair(tx, ids.teamId, ids.withTeamId);
      return tx.teamInteraction.create({ data: { ...ids, mode: input.mode, description: input.description }, select: interactionSelect });
    });
  });
}

export async function endTeamInteraction(db: TDb, input: { teamSlug: string; withTeamSlug: string }) {
  return inTransaction(db, async (tx) => {
    const ids = await teamIds(tx, input.teamSlug, input.withTeamSlug);
    const { count } = await audited(tx, teamInteractionAudit, "delete", `${ids.teamId}|${ids.withTeamId}`, () => removePair(tx, ids.teamId, ids.withTeamId));
    if (count === 0) throw AppError.notFound("interaction between", teamPairKey(input.teamSlug, input.withTeamSlug).replace("|", " and "));
    return { ended: count };
  });
}
