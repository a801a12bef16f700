import { TEAM_TYPE_LABELS, TEAM_TYPES } from "@topograph/domain";
import { optionsOf } from "../../lib/labels.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EntityLink } from "../catalog/EntityLink.tsx";
import { EntityListPage } from "../catalog/EntityListPage.tsx";
import { vocabularyFilter } from "../catalog/vocabulary-filter.ts";
import { VocabularyBadge } from "../catalog/VocabularyBadge.tsx";

export function TeamListPage() {
  const trpc = useTRPC();
  return (
    <EntityListPage
      kind="team"
      description="Who builds and runs what. Each team's page lists its members, the solution areas it answers for, and the components, repositories and namespaces it owns."
      filters={[{ name: "type", label: "Team type", anyLabel: "All types", options: optionsOf(TEAM_TYPE_LABELS) }]}
      query={({ filters, ...page }) => trpc.team.list.queryOptions({ ...page, type: vocabularyFilter(TEAM_TYPES, filters.type) })}
      rowKey={(team) => team.id}
      columns={[
        {
          key: "name",
          header: "Team",
          cell: (team) => (
            <>
              <EntityLink kind="team" slug={team.slug}>
                <span className="data-table__primary">{team.name}</span>
              </EntityLink>
              <span className="data-table__secondary">{team.slug}</span>
            </>
          ),
        },
        { key: "type", header: "Type", nowrap: true, cell: (team) => <VocabularyBadge vocabulary="teamType" value={team.type} /> },
        { key: "members", header: "Members", nowrap: true, cell: (team) => team._count.members },
        { key: "components", header: "Components", nowrap: true, cell: (team) => team._count.components },
        { key: "areas", header: "Solution areas", nowrap: true, cell: (team) => team._count.solutionAreas },
        { key: "contact", header: "Contact", cell: (team) => team.contactChannel || <span className="subtle">—</span> },
      ]}
    />
  );
}
