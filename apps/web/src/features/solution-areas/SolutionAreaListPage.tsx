import { SOLUTION_AREA_KIND_LABELS, SOLUTION_AREA_KINDS } from "@topograph/domain";
import type { TListItem } from "../../lib/api-types.ts";
import { optionsOf } from "../../lib/labels.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EntityListPage } from "../catalog/EntityListPage.tsx";
import { badgeColumn, countColumn, teamsColumn } from "../catalog/columns.tsx";
import { useAllReferenceOptions } from "../catalog/reference-options.ts";
import { vocabularyFilter } from "../catalog/vocabulary-filter.ts";
import { SolutionAreaLink } from "./SolutionAreaLink.tsx";

export function SolutionAreaListPage() {
  const trpc = useTRPC();
  const teams = useAllReferenceOptions("team");
  return (
    <EntityListPage<TListItem<"solutionArea">>
      kind="solution-area"
      description="What each team answers for: a bounded context, a client UI (frontend and BFF), or the cross-cutting area the SRE team runs."
      filters={[
        { name: "kind", label: "Kind", anyLabel: "All kinds", options: optionsOf(SOLUTION_AREA_KIND_LABELS) },
        { name: "teamSlug", label: "Team", anyLabel: "All teams", options: teams.options },
      ]}
      query={({ filters, ...page }) => trpc.solutionArea.list.queryOptions({ ...page, kind: vocabularyFilter(SOLUTION_AREA_KINDS, filters.kind), teamSlug: filters.teamSlug })}
      rowKey={(area) => area.id}
      columns={[
        {
          key: "name",
          header: "Solution area",
          cell: (area) => (
            <>
              <span className="data-table__primary">
                <SolutionAreaLink area={area} />
              </span>
              <span className="data-table__secondary">{area.slug}</span>
            </>
          ),
        },
        badgeColumn("Kind", "solutionAreaKind", (area) => area.kind),
        teamsColumn("Teams", (area) => area.teams, "No team"),
        countColumn("Components", (area) => area._count.components),
      ]}
    />
  );
}
