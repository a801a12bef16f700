import { DEPLOY_METHOD_LABELS, DEPLOY_METHODS, MESH_MEMBERSHIP_LABELS, MESH_MEMBERSHIPS } from "@topograph/domain";
import type { TListItem } from "../../lib/api-types.ts";
import { optionsOf } from "../../lib/labels.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EntityListPage } from "../catalog/EntityListPage.tsx";
import { countColumn } from "../catalog/columns.tsx";
import { useAllReferenceOptions } from "../catalog/reference-options.ts";
import { vocabularyFilter } from "../catalog/vocabulary-filter.ts";
import { NamespaceColumns } from "./namespace-columns.tsx";

export function NamespaceListPage() {
  const trpc = useTRPC();
  const clusters = useAllReferenceOptions("cluster");
  const environments = useAllReferenceOptions("environment");
  const teams = useAllReferenceOptions("team");
  return (
    <EntityListPage<TListItem<"namespace">>
      kind="namespace"
      description="Kubernetes namespaces per cluster: their environment, how they relate to the service mesh, how workloads are deployed, and which components run there."
      filters={[
        { name: "clusterSlug", label: "Cluster", anyLabel: "All clusters", options: clusters.options },
        { name: "environmentSlug", label: "Environment", anyLabel: "All environments", options: environments.options },
        { name: "meshMembership", label: "Mesh membership", anyLabel: "Any mesh membership", options: optionsOf(MESH_MEMBERSHIP_LABELS) },
        { name: "deployMethod", label: "Deploy method", anyLabel: "Any deploy method", options: optionsOf(DEPLOY_METHOD_LABELS) },
        { name: "teamSlug", label: "Team", anyLabel: "All teams", options: teams.options },
      ]}
      query={({ filters, ...page }) =>
        trpc.namespace.list.queryOptions({
          ...page,
          clusterSlug: filters.clusterSlug,
          environmentSlug: filters.environmentSlug,
          meshMembership: vocabularyFilter(MESH_MEMBERSHIPS, filters.meshMembership),
          deployMethod: vocabularyFilter(DEPLOY_METHODS, filters.deployMethod),
          teamSlug: filters.teamSlug,
        })
      }
      rowKey={(namespace) => namespace.id}
      columns={[...NamespaceColumns, countColumn("Components", (namespace) => namespace._count.deployments)]}
    />
  );
}
