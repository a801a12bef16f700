import { SUBDOMAIN_TYPE_LABELS, SUBDOMAIN_TYPES } from "@topograph/domain";
import { optionsOf } from "../../lib/labels.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EntityLink } from "../catalog/EntityLink.tsx";
import { EntityListPage } from "../catalog/EntityListPage.tsx";
import { useAllReferenceOptions } from "../catalog/reference-options.ts";
import { TeamLinks } from "../catalog/TeamLinks.tsx";
import { vocabularyFilter } from "../catalog/vocabulary-filter.ts";
import { VocabularyBadge } from "../catalog/VocabularyBadge.tsx";

export function BoundedContextListPage() {
  const trpc = useTRPC();
  const teams = useAllReferenceOptions("team");
  return (
    <EntityListPage
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
        {
          key: "name",
          header: "Bounded context",
          cell: (context) => (
            <>
              <EntityLink kind="bounded-context" slug={context.slug}>
                <span className="data-table__primary">{context.name}</span>
              </EntityLink>
              <span className="data-table__secondary">{context.purpose || context.slug}</span>
            </>
          ),
        },
        { key: "subdomain", header: "Subdomain", nowrap: true, cell: (context) => <VocabularyBadge vocabulary="subdomainType" value={context.subdomainType} /> },
        { key: "complexity", header: "Complexity", nowrap: true, cell: (context) => <VocabularyBadge vocabulary="complexity" value={context.complexity} /> },
        { key: "teams", header: "Teams", cell: (context) => <TeamLinks teams={context.teams} none="No team" /> },
        { key: "components", header: "Components", nowrap: true, cell: (context) => context.solutionArea._count.components },
        { key: "relationships", header: "Relationships", nowrap: true, cell: (context) => context._count.upstreamOf + context._count.downstreamOf },
      ]}
    />
  );
}
