import { EmptyState } from "../../ui/EmptyState.tsx";
import type { TTeamCard as TCard } from "./planning-types.ts";
import { TeamCard } from "./TeamCard.tsx";
import { compareCards } from "./team-card-compare.ts";

/** Every team of the scenario as a card (changed ones first), and the teams it removes. */
export function TeamCards({ baseline, scenario }: { baseline: TCard[]; scenario: TCard[] }) {
  const { teams, removed } = compareCards(baseline, scenario);
  if (teams.length === 0) return <EmptyState title="No teams in this scenario." />;
  return (
    <>
      {removed.length > 0 ? (
        <p className="team-cards__removed">
          Gone in the scenario: {removed.map((card) => card.name).join(", ")}.
        </p>
      ) : null}
      <div className="team-cards">
        {teams.map((comparison) => (
          <TeamCard key={comparison.card.slug} comparison={comparison} />
        ))}
      </div>
    </>
  );
}
