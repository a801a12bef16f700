import type { TColumn } from "../../ui/DataTable.tsx";
import { EntityLink } from "../catalog/EntityLink.tsx";
import { VocabularyBadge } from "../catalog/VocabularyBadge.tsx";

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
  {
    key: "name",
    header: "Namespace",
    cell: (namespace) => (
      <>
        <EntityLink kind="namespace" slug={namespace.slug}>
          <span className="data-table__primary">{namespace.name}</span>
        </EntityLink>
        <span className="data-table__secondary">{namespace.slug}</span>
      </>
    ),
  },
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
  { key: "mesh", header: "Mesh membership", nowrap: true, cell: (namespace) => <VocabularyBadge vocabulary="meshMembership" value={namespace.meshMembership} /> },
  { key: "deploy", header: "Deploy method", nowrap: true, cell: (namespace) => <VocabularyBadge vocabulary="deployMethod" value={namespace.deployMethod} /> },
];
