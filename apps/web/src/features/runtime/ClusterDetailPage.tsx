import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { formatDateTime } from "../../lib/format-date.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { FactList } from "../../ui/FactList.tsx";
import { DeleteEntityButton } from "../catalog/DeleteEntityButton.tsx";
import { EntityActions } from "../catalog/EntityActions.tsx";
import { EntityDetailPage } from "../catalog/EntityDetailPage.tsx";
import { RuntimeNamespaces } from "./RuntimeNamespaces.tsx";

export function ClusterDetailPage() {
  const { slug = "" } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.cluster.get.queryOptions({ slug }));
  const deleteMutation = trpc.cluster.delete.mutationOptions();
  return (
    <EntityDetailPage
      kind="cluster"
      slug={slug}
      result={result}
      meta={(cluster) => <span>{[cluster.provider, cluster.region].filter(Boolean).join(" · ")}</span>}
      description={(cluster) => cluster.description || null}
      actions={(cluster) => (
        <EntityActions kind="cluster" slug={cluster.slug} deleteButton={<DeleteEntityButton kind="cluster" name={cluster.name} entityRef={cluster} mutation={deleteMutation} />} />
      )}
      aside={(cluster) => (
        <FactList
          facts={[
            { label: "Slug", value: <code>{cluster.slug}</code> },
            { label: "Provider", value: cluster.provider },
            { label: "Region", value: cluster.region },
            { label: "Last changed", value: `${formatDateTime(cluster.updatedAt)} (version ${cluster.version})` },
          ]}
        />
      )}
    >
      {(cluster) => <RuntimeNamespaces namespaces={cluster.namespaces} total={cluster._count.namespaces} filter={{ clusterSlug: cluster.slug }} />}
    </EntityDetailPage>
  );
}
