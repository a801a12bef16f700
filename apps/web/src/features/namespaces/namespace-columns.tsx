import type { TColumn } from "../../ui/DataTable.tsx";
import { EntityLink } from "../catalog/EntityLink.tsx";
import { badgeColumn, nameColumn } from "../catalog/columns.tsx";

export interface TNamespaceRow {
  slug: string;
  name: string;
  meshMembership: string;
  deployMethod: string;
  cluster: { slug: string; name: string };
  environment: { slug: string; name: string };
}

/** How a namespace shows wherever a page lists them: where it runs, its mesh and how it is deployed. */
export const NamespaceColumns: TColumn<TNamespaceRow>[] = [
  nameColumn("namespace", "Namespace", (namespace) => namespace.slug),
  {
    key: "where",
    header: "Cluster · environment",
    cell: (namespace) => (
      <>
        <EntityLink kind="cluster" slug={namespace.cluster.slug}>
          {namespace.cluster.name}
        </EntityLink>
        <span className="data-table__secondary">
          <EntityLink kind="environment" slug={namespace.environment.slug}>
            {namespace.environment.name}
          </EntityLink>
        </span>
      </>
    ),
  },
  badgeColumn("Mesh membership", "meshMembership", (namespace) => namespace.meshMembership),
  badgeColumn("Deploy method", "deployMethod", (namespace) => namespace.deployMethod),
];
