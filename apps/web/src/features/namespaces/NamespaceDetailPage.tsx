import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import type { TRelated } from "../../lib/api-types.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EntityDetailPage } from "../catalog/EntityDetailPage.tsx";
import { EntityLink } from "../catalog/EntityLink.tsx";
import { RelatedSection } from "../catalog/RelatedSection.tsx";
import { VocabularyBadge } from "../catalog/VocabularyBadge.tsx";
import { badgeColumn, nameColumn, teamsColumn } from "../catalog/columns.tsx";
import { PracticeSummaryCard } from "../practices/summary/PracticeSummaryCard.tsx";
import { EntityScorecards } from "../scorecards/entity/EntityScorecards.tsx";

export function NamespaceDetailPage() {
  const { slug = "" } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.namespace.get.queryOptions({ slug }));
  return (
    <EntityDetailPage
      kind="namespace"
      slug={slug}
      result={result}
      meta={(namespace) => (
        <>
          <VocabularyBadge vocabulary="meshMembership" value={namespace.meshMembership} />
          <VocabularyBadge vocabulary="deployMethod" value={namespace.deployMethod} />
          <span>
            in{" "}
            <EntityLink kind="cluster" slug={namespace.cluster.slug}>
              {namespace.cluster.name}
            </EntityLink>{" "}
            ·{" "}
            <EntityLink kind="environment" slug={namespace.environment.slug}>
              {namespace.environment.name}
            </EntityLink>
          </span>
        </>
      )}
      description={(namespace) => namespace.description || null}
      deleteMutation={trpc.namespace.delete.mutationOptions()}
      facts={(namespace) => [
        {
          label: "Cluster",
          value: (
            <EntityLink kind="cluster" slug={namespace.cluster.slug}>
              {namespace.cluster.name}
            </EntityLink>
          ),
        },
        {
          label: "Environment",
          value: (
            <EntityLink kind="environment" slug={namespace.environment.slug}>
              {namespace.environment.name}
            </EntityLink>
          ),
        },
        { label: "Mesh membership", value: <VocabularyBadge vocabulary="meshMembership" value={namespace.meshMembership} /> },
        { label: "Deploy method", value: <VocabularyBadge vocabulary="deployMethod" value={namespace.deployMethod} /> },
      ]}
    >
      {(namespace) => (
        <>
          <PracticeSummaryCard scope={{ kind: "namespace", slug: namespace.slug }} />
          <EntityScorecards entity={{ kind: "namespace", slug: namespace.slug }} />
          <RelatedSection<TRelated<"namespace", "components">>
            title="Components running here"
            rows={namespace.components}
            total={namespace._count.deployments}
            rowKey={(component) => component.slug}
            empty="No component is deployed to this namespace."
            columns={[
              nameColumn("component", "Component"),
              badgeColumn("Kind", "componentKind", (component) => component.kind),
              badgeColumn("Lifecycle", "lifecycle", (component) => component.lifecycle),
              teamsColumn("Owners", (component) => component.owners),
            ]}
          />
        </>
      )}
    </EntityDetailPage>
  );
}
