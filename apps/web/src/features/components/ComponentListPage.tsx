import { COMPONENT_KIND_LABELS, COMPONENT_KINDS, LIFECYCLE_LABELS, LIFECYCLES, OWNERSHIP_MODE_LABELS, OWNERSHIP_MODES } from "@topograph/domain";
import type { TListItem } from "../../lib/api-types.ts";
import { optionsOf } from "../../lib/labels.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EntityLink } from "../catalog/EntityLink.tsx";
import { EntityListPage } from "../catalog/EntityListPage.tsx";
import { badgeColumn, countColumn, teamsColumn } from "../catalog/columns.tsx";
import { useAllReferenceOptions } from "../catalog/reference-options.ts";
import { vocabularyFilter } from "../catalog/vocabulary-filter.ts";
import { SolutionAreaLink } from "../solution-areas/SolutionAreaLink.tsx";
import { OwnershipBadge } from "./OwnershipBadge.tsx";

export function ComponentListPage() {
  const trpc = useTRPC();
  const teams = useAllReferenceOptions("team");
  const areas = useAllReferenceOptions("solution-area");
  const environments = useAllReferenceOptions("environment");
  return (
    <EntityListPage<TListItem<"component">>
      kind="component"
      description="Microservices, frontends, BFFs, SRE tools and shared libraries: who owns each, under which ownership mode, and where it runs."
      filters={[
        { name: "kind", label: "Kind", anyLabel: "All kinds", options: optionsOf(COMPONENT_KIND_LABELS) },
        { name: "teamSlug", label: "Owner team", anyLabel: "All teams", options: teams.options },
        { name: "solutionAreaSlug", label: "Solution area", anyLabel: "All areas", options: areas.options },
        { name: "environmentSlug", label: "Deployed to", anyLabel: "Any environment", options: environments.options },
        { name: "lifecycle", label: "Lifecycle", anyLabel: "Any lifecycle", options: optionsOf(LIFECYCLE_LABELS) },
        { name: "ownershipMode", label: "Ownership", anyLabel: "Any ownership", options: optionsOf(OWNERSHIP_MODE_LABELS) },
      ]}
      query={({ filters, ...page }) =>
        trpc.component.list.queryOptions({
          ...page,
          kind: vocabularyFilter(COMPONENT_KINDS, filters.kind),
          lifecycle: vocabularyFilter(LIFECYCLES, filters.lifecycle),
          ownershipMode: vocabularyFilter(OWNERSHIP_MODES, filters.ownershipMode),
          teamSlug: filters.teamSlug,
          solutionAreaSlug: filters.solutionAreaSlug,
          environmentSlug: filters.environmentSlug,
        })
      }
      rowKey={(component) => component.id}
      columns={[
        {
          key: "name",
          header: "Component",
          cell: (component) => (
            <>
              <EntityLink kind="component" slug={component.slug}>
                <span className="data-table__primary">{component.name}</span>
              </EntityLink>
              {component.name !== component.slug ? <span className="data-table__secondary">{component.slug}</span> : null}
            </>
          ),
        },
        badgeColumn("Kind", "componentKind", (component) => component.kind),
        teamsColumn("Owners", (component) => component.owners),
        { key: "area", header: "Solution area", cell: (component) => <SolutionAreaLink area={component.solutionArea} /> },
        { key: "ownership", header: "Ownership", nowrap: true, cell: (component) => <OwnershipBadge ownership={component.effectiveOwnership} /> },
        badgeColumn("Lifecycle", "lifecycle", (component) => component.lifecycle),
        countColumn("Namespaces", (component) => component._count.deployments),
      ]}
    />
  );
}
