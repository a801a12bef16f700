import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { useTRPC } from "../../lib/trpc.ts";
import { EntityDetailPage } from "../catalog/EntityDetailPage.tsx";
import { RuntimeNamespaces } from "./RuntimeNamespaces.tsx";

export function ClusterDetailPage() {
  const { slug = "" } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.cluster.get.queryOptions({ slug }));
  return (
    <EntityDetailPage
      kind="cluster"
      slug={slug}
      result={result}
      meta={(cluster) => <span>{[cluster.provider, cluster.region].filter(Boolean).join(" · ")}</span>}
      description={(cluster) => cluster.description || null}
      deleteMutation={trpc.cluster.delete.mutationOptions()}
      facts={(cluster) => [
        { label: "Provider", value: cluster.provider },
        { label: "Region", value: cluster.region },
      ]}
    >
      {(cluster) => <RuntimeNamespaces namespaces={cluster.namespaces} total={cluster._count.namespaces} filter={{ clusterSlug: cluster.slug }} />}
    </EntityDetailPage>
  );
}
