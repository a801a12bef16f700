import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { errorMessage } from "../../lib/api-error.ts";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { RelatedSection } from "../catalog/RelatedSection.tsx";
import { interactionFromSide, type TTeamInteraction } from "./interaction-side.ts";

/** The Team Topologies interactions declared with this team, read-only (scenarios in Planning change them). */
export function TeamInteractions({ teamSlug }: { teamSlug: string }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.teamInteraction.list.queryOptions({ teamSlug }));
  if (list.isError) return <ErrorBanner title="Could not load the team's interactions.">{errorMessage(list.error)}</ErrorBanner>;
  if (!list.data) return <Loading label="Loading interactions…" />;
  return (
    <RelatedSection<TTeamInteraction>
      title="Interactions"
      rows={list.data}
      rowKey={(interaction) => interaction.id}
      empty={
        <>
          No interactions declared. Plan them in a <Link to={paths.planning}>scenario</Link>.
        </>
      }
      columns={[
        {
          key: "with",
          header: "With team",
          cell: (interaction) => {
            const { other } = interactionFromSide(interaction, teamSlug);
            return (
              <Link to={paths.detail("team", other.slug)} className="data-table__primary">
                {other.name}
              </Link>
            );
          },
        },
        { key: "mode", header: "Mode", cell: (interaction) => interactionFromSide(interaction, teamSlug).role },
        { key: "description", header: "Description", cell: (interaction) => interaction.description || <span className="subtle">—</span> },
      ]}
    />
  );
}
