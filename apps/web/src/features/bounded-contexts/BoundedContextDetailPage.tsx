import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import type { TRelated } from "../../lib/api-types.ts";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EntityDetailPage } from "../catalog/EntityDetailPage.tsx";
import { RelatedSection } from "../catalog/RelatedSection.tsx";
import { TeamLinks } from "../catalog/TeamLinks.tsx";
import { VocabularyBadge } from "../catalog/VocabularyBadge.tsx";
import { badgeColumn, nameColumn, teamsColumn } from "../catalog/columns.tsx";
import { PracticeSummaryCard } from "../practices/summary/PracticeSummaryCard.tsx";
import { EntityScorecards } from "../scorecards/entity/EntityScorecards.tsx";
import { GroupRollups } from "../scorecards/entity/GroupRollups.tsx";
import { ContextRelationships } from "./ContextRelationships.tsx";

export function BoundedContextDetailPage() {
  const { slug = "" } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.boundedContext.get.queryOptions({ slug }));
  return (
    <EntityDetailPage
      kind="bounded-context"
      slug={slug}
      result={result}
      meta={(context) => (
        <>
          <VocabularyBadge vocabulary="subdomainType" value={context.subdomainType} />
          <span>subdomain ·</span>
          <VocabularyBadge vocabulary="complexity" value={context.complexity} />
          <span>complexity</span>
        </>
      )}
      description={(context) => context.purpose || null}
      deleteMutation={trpc.boundedContext.delete.mutationOptions()}
      facts={(context) => [
        { label: "Purpose", value: context.purpose },
        { label: "Subdomain type", value: <VocabularyBadge vocabulary="subdomainType" value={context.subdomainType} /> },
        { label: "Complexity", value: <VocabularyBadge vocabulary="complexity" value={context.complexity} /> },
        { label: "Teams", value: <TeamLinks teams={context.teams} none="No team responsible" /> },
      ]}
    >
      {(context) => (
        <>
          <PracticeSummaryCard scope={{ kind: "bounded-context", slug: context.slug }} />
          <EntityScorecards entity={{ kind: "bounded-context", slug: context.slug }} />
          <GroupRollups groupBy="boundedContext" slug={context.slug} name={context.name} />
          <RelatedSection
            title="Teams"
            rows={context.teams}
            rowKey={(team) => team.slug}
            empty="No team is responsible for this context yet. One team per bounded context is the article's rule."
            columns={[
              nameColumn("team", "Team"),
            ]}
          />
          <RelatedSection<TRelated<"boundedContext", "components">>
            title="Components"
            rows={context.components}
            total={context.solutionArea._count.components}
            moreTo={paths.list("component", { solutionAreaSlug: context.slug })}
            rowKey={(component) => component.slug}
            empty="No component implements this context yet."
            columns={[
              nameColumn("component", "Component"),
              badgeColumn("Kind", "componentKind", (component) => component.kind),
              teamsColumn("Owners", (component) => component.owners),
            ]}
          />
          <ContextRelationships context={context} />
        </>
      )}
    </EntityDetailPage>
  );
}
