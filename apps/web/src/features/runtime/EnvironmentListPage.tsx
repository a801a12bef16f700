import { useTRPC } from "../../lib/trpc.ts";
import { EntityLink } from "../catalog/EntityLink.tsx";
import { EntityListPage } from "../catalog/EntityListPage.tsx";
import { RuntimeTabs } from "./RuntimeTabs.tsx";

export function EnvironmentListPage() {
  const trpc = useTRPC();
  return (
    <EntityListPage
      kind="environment"
      description="Promotion stages, in the order changes pass through them (rank)."
      tabs={<RuntimeTabs />}
      filters={[]}
      query={({ filters: _filters, ...page }) => trpc.environment.list.queryOptions(page)}
      rowKey={(environment) => environment.id}
      columns={[
        { key: "rank", header: "Rank", nowrap: true, cell: (environment) => environment.rank },
        {
          key: "name",
          header: "Environment",
          cell: (environment) => (
            <>
              <EntityLink kind="environment" slug={environment.slug}>
                <span className="data-table__primary">{environment.name}</span>
              </EntityLink>
              <span className="data-table__secondary">{environment.slug}</span>
            </>
          ),
        },
        { key: "description", header: "Description", cell: (environment) => environment.description || <span className="subtle">—</span> },
        { key: "namespaces", header: "Namespaces", nowrap: true, cell: (environment) => environment._count.namespaces },
      ]}
    />
  );
}
