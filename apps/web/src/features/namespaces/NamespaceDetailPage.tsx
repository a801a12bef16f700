import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import type { TRelated } from "../../lib/api-types.ts";
import { formatDateTime } from "../../lib/format-date.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { FactList } from "../../ui/FactList.tsx";
import { DeleteEntityButton } from "../catalog/DeleteEntityButton.tsx";
import { EntityActions } from "../catalog/EntityActions.tsx";
import { EntityDetailPage } from "../catalog/EntityDetailPage.tsx";
import { EntityLink } from "../catalog/EntityLink.tsx";
import { RelatedSection } from "../catalog/RelatedSection.tsx";
import { VocabularyBadge } from "../catalog/VocabularyBadge.tsx";
import { badgeColumn, nameColumn, teamsColumn } from "../catalog/columns.tsx";

export function NamespaceDetailPage() {
  const { slug = "" } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.namespace.get.queryOptions({ slug }));
  const deleteMutation = trpc.namespace.delete.mutationOptions();
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
      actions={(namespace) => (
        <EntityActions
          kind="namespace"
          slug={namespace.slug}
          deleteButton={<DeleteEntityButton kind="namespace" name={namespace.name} entityRef={namespace} mutation={deleteMutation} />}
        />
      )}
      aside={(namespace) => (
        <FactList
          facts={[
            { label: "Slug", value: <code>{namespace.slug}</code> },
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
            { label: "Last changed", value: `${formatDateTime(namespace.updatedAt)} (version ${namespace.version})` },
          ]}
        />
      )}
    >
      {(namespace) => (
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
      )}
    </EntityDetailPage>
  );
}
