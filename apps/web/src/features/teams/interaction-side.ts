import type { RouterOutputs } from "@topograph/api";

export type TTeamInteraction = RouterOutputs["teamInteraction"]["list"][number];

/** One declared interaction as a team's page reads it: the other team, and this team's part in it. */
export function interactionFromSide(interaction: TTeamInteraction, teamSlug: string): { other: TTeamInteraction["team"]; role: string } {
  const declaring = interaction.team.slug === teamSlug;
  const other = declaring ? interaction.withTeam : interaction.team;
  switch (interaction.mode) {
    case "x-as-a-service":
      return { other, role: declaring ? "Provides X-as-a-Service to" : "Consumes X-as-a-Service from" };
    case "facilitating":
      return { other, role: declaring ? "Facilitates" : "Is facilitated by" };
    case "collaboration":
      return { other, role: "Collaborates with" };
    default:
      return { other, role: interaction.mode };
  }
}
