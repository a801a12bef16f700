import type { TListItem } from "../../lib/api-types.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EntityListPage } from "../catalog/EntityListPage.tsx";
import { countColumn, nameColumn } from "../catalog/columns.tsx";
import { RuntimeTabs } from "./RuntimeTabs.tsx";

export function EnvironmentListPage() {
  const trpc = useTRPC();
  return (
    <EntityListPage<TListItem<"environment">>
      kind="environment"
      description="Promotion stages, in the order changes pass through them (rank)."
      tabs={<RuntimeTabs />}
      filters={[]}
      query={({ filters: _filters, ...page }) => trpc.environment.list.queryOptions(page)}
      rowKey={(environment) => environment.id}
      columns={[
        countColumn("Rank", (environment) => environment.rank),
        nameColumn("environment", "Environment", (environment) => environment.slug),
        { key: "description", header: "Description", cell: (environment) => environment.description || <span className="subtle">—</span> },
        countColumn("Namespaces", (environment) => environment._count.namespaces),
      ]}
    />
  );
}
