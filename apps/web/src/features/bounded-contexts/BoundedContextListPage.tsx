import { SUBDOMAIN_TYPE_LABELS, SUBDOMAIN_TYPES } from "@topograph/domain";
import type { TListItem } from "../../lib/api-types.ts";
import { optionsOf } from "../../lib/labels.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EntityListPage } from "../catalog/EntityListPage.tsx";
import { badgeColumn, countColumn, nameColumn, teamsColumn } from "../catalog/columns.tsx";
import { useAllReferenceOptions } from "../catalog/reference-options.ts";
import { vocabularyFilter } from "../catalog/vocabulary-filter.ts";

export function BoundedContextListPage() {
  const trpc = useTRPC();
  const teams = useAllReferenceOptions("team");
  return (
    <EntityListPage<TListItem<"boundedContext">>
      kind="bounded-context"
      description="The domain's bounded contexts: their purpose, subdomain type, the teams responsible, and how they relate on the context map."
      filters={[
        { name: "subdomainType", label: "Subdomain type", anyLabel: "All subdomain types", options: optionsOf(SUBDOMAIN_TYPE_LABELS) },
        { name: "teamSlug", label: "Team", anyLabel: "All teams", options: teams.options },
      ]}
      query={({ filters, ...page }) =>
        trpc.boundedContext.list.queryOptions({ ...page, subdomainType: vocabularyFilter(SUBDOMAIN_TYPES, filters.subdomainType), teamSlug: filters.teamSlug })
      }
      rowKey={(context) => context.id}
      columns={[
        nameColumn("bounded-context", "Bounded context", (context) => context.purpose || context.slug),
        badgeColumn("Subdomain", "subdomainType", (context) => context.subdomainType),
        badgeColumn("Complexity", "complexity", (context) => context.complexity),
        teamsColumn("Teams", (context) => context.teams, "No team"),
        countColumn("Components", (context) => context.solutionArea._count.components),
        countColumn("Relationships", (context) => context._count.upstreamOf + context._count.downstreamOf),
      ]}
    />
  );
}
