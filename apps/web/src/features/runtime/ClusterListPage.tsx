import { useTRPC } from "../../lib/trpc.ts";
import { EntityLink } from "../catalog/EntityLink.tsx";
import { EntityListPage } from "../catalog/EntityListPage.tsx";
import { RuntimeTabs } from "./RuntimeTabs.tsx";

export function ClusterListPage() {
  const trpc = useTRPC();
  return (
    <EntityListPage
      kind="cluster"
      description="The Kubernetes clusters namespaces live in."
      tabs={<RuntimeTabs />}
      filters={[]}
      query={({ filters: _filters, ...page }) => trpc.cluster.list.queryOptions(page)}
      rowKey={(cluster) => cluster.id}
      columns={[
        {
          key: "name",
          header: "Cluster",
          cell: (cluster) => (
            <>
              <EntityLink kind="cluster" slug={cluster.slug}>
                <span className="data-table__primary">{cluster.name}</span>
              </EntityLink>
              <span className="data-table__secondary">{cluster.slug}</span>
            </>
          ),
        },
        { key: "provider", header: "Provider", cell: (cluster) => cluster.provider || <span className="subtle">—</span> },
        { key: "region", header: "Region", cell: (cluster) => cluster.region || <span className="subtle">—</span> },
        { key: "namespaces", header: "Namespaces", nowrap: true, cell: (cluster) => cluster._count.namespaces },
      ]}
    />
  );
}
