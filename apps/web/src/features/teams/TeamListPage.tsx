import { TEAM_TYPE_LABELS, TEAM_TYPES } from "@topograph/domain";
import type { TListItem } from "../../lib/api-types.ts";
import { optionsOf } from "../../lib/labels.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EntityListPage } from "../catalog/EntityListPage.tsx";
import { badgeColumn, countColumn, nameColumn } from "../catalog/columns.tsx";
import { vocabularyFilter } from "../catalog/vocabulary-filter.ts";

export function TeamListPage() {
  const trpc = useTRPC();
  return (
    <EntityListPage<TListItem<"team">>
      kind="team"
      description="Who builds and runs what. Each team's page lists its members, the solution areas it answers for, and the components, repositories and namespaces it owns."
      filters={[{ name: "type", label: "Team type", anyLabel: "All types", options: optionsOf(TEAM_TYPE_LABELS) }]}
      query={({ filters, ...page }) => trpc.team.list.queryOptions({ ...page, type: vocabularyFilter(TEAM_TYPES, filters.type) })}
      rowKey={(team) => team.id}
      columns={[
        nameColumn("team", "Team", (team) => team.slug),
        badgeColumn("Type", "teamType", (team) => team.type),
        countColumn("Members", (team) => team._count.members),
        countColumn("Components", (team) => team._count.components),
        countColumn("Solution areas", (team) => team._count.solutionAreas),
        { key: "contact", header: "Contact", cell: (team) => team.contactChannel || <span className="subtle">—</span> },
      ]}
    />
  );
}
