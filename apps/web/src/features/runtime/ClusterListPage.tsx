import type { TListItem } from "../../lib/api-types.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EntityListPage } from "../catalog/EntityListPage.tsx";
import { countColumn, nameColumn } from "../catalog/columns.tsx";
import { RuntimeTabs } from "./RuntimeTabs.tsx";

export function ClusterListPage() {
  const trpc = useTRPC();
  return (
    <EntityListPage<TListItem<"cluster">>
      kind="cluster"
      description="The Kubernetes clusters namespaces live in."
      tabs={<RuntimeTabs />}
      filters={[]}
      query={({ filters: _filters, ...page }) => trpc.cluster.list.queryOptions(page)}
      rowKey={(cluster) => cluster.id}
      columns={[
        nameColumn("cluster", "Cluster", (cluster) => cluster.slug),
        { key: "provider", header: "Provider", cell: (cluster) => cluster.provider || <span className="subtle">—</span> },
        { key: "region", header: "Region", cell: (cluster) => cluster.region || <span className="subtle">—</span> },
        countColumn("Namespaces", (cluster) => cluster._count.namespaces),
      ]}
    />
  );
}
