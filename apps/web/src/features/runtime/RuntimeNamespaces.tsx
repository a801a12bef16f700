import { paths } from "../../lib/paths.ts";
import { EntityLink } from "../catalog/EntityLink.tsx";
import { RelatedSection } from "../catalog/RelatedSection.tsx";
import { VocabularyBadge } from "../catalog/VocabularyBadge.tsx";

interface TRuntimeNamespace {
  slug: string;
  name: string;
  meshMembership: string;
  deployMethod: string;
  _count: { deployments: number };
}

/** The namespaces a cluster or environment hosts. */
export function RuntimeNamespaces({ namespaces, total, filter }: { namespaces: TRuntimeNamespace[]; total: number; filter: Record<string, string> }) {
  return (
    <RelatedSection
      title="Namespaces"
      rows={namespaces}
      total={total}
      moreTo={paths.list("namespace", filter)}
      rowKey={(namespace) => namespace.slug}
      empty="Hosts no namespaces yet."
      columns={[
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
        { key: "mesh", header: "Mesh membership", nowrap: true, cell: (namespace) => <VocabularyBadge vocabulary="meshMembership" value={namespace.meshMembership} /> },
        { key: "deploy", header: "Deploy method", nowrap: true, cell: (namespace) => <VocabularyBadge vocabulary="deployMethod" value={namespace.deployMethod} /> },
        { key: "components", header: "Components", nowrap: true, cell: (namespace) => namespace._count.deployments },
      ]}
    />
  );
}
