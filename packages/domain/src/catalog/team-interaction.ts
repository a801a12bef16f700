import { z } from "zod";
import { slugReference, vocabulary, ZDescriptionSchema } from "./fields.ts";

/**
 * Team Topologies interaction modes. Collaboration is mutual; in X-as-a-Service the team provides
 * to `withTeam`; in facilitating the team (usually an enabling team) helps `withTeam` learn.
 */
export const TEAM_INTERACTION_MODES = ["collaboration", "x-as-a-service", "facilitating"] as const;
export type TTeamInteractionMode = (typeof TEAM_INTERACTION_MODES)[number];
export const TEAM_INTERACTION_MODE_LABELS: Record<TTeamInteractionMode, string> = {
  collaboration: "Collaboration",
  "x-as-a-service": "X-as-a-Service",
  facilitating: "Facilitating",
};

export const ZTeamInteractionModeSchema = vocabulary("Interaction mode", TEAM_INTERACTION_MODES);

/** One declared interaction; a pair of teams has at most one, in either direction. */
export const ZTeamInteractionSchema = z.object({
  teamSlug: slugReference("Team is required."),
  withTeamSlug: slugReference("The other team is required."),
  mode: ZTeamInteractionModeSchema,
  description: ZDescriptionSchema,
});
export type TTeamInteraction = z.infer<typeof ZTeamInteractionSchema>;

/** The key of the unordered pair, so "a with b" and "b with a" are the same interaction. */
export const teamPairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
