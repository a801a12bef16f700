import { SOLUTION_AREA_KIND_LABELS, SOLUTION_AREA_KINDS } from "@topograph/domain";
import { optionsOf } from "../../lib/labels.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EntityListPage } from "../catalog/EntityListPage.tsx";
import { useAllReferenceOptions } from "../catalog/reference-options.ts";
import { TeamLinks } from "../catalog/TeamLinks.tsx";
import { vocabularyFilter } from "../catalog/vocabulary-filter.ts";
import { VocabularyBadge } from "../catalog/VocabularyBadge.tsx";
import { SolutionAreaLink } from "./SolutionAreaLink.tsx";

export function SolutionAreaListPage() {
  const trpc = useTRPC();
  const teams = useAllReferenceOptions("team");
  return (
    <EntityListPage
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
        { key: "kind", header: "Kind", nowrap: true, cell: (area) => <VocabularyBadge vocabulary="solutionAreaKind" value={area.kind} /> },
        { key: "teams", header: "Teams", cell: (area) => <TeamLinks teams={area.teams} none="No team" /> },
        { key: "components", header: "Components", nowrap: true, cell: (area) => area._count.components },
      ]}
    />
  );
}
