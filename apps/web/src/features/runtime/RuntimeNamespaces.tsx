import { paths } from "../../lib/paths.ts";
import { RelatedSection } from "../catalog/RelatedSection.tsx";
import { badgeColumn, countColumn, nameColumn } from "../catalog/columns.tsx";

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
    <RelatedSection<TRuntimeNamespace>
      title="Namespaces"
      rows={namespaces}
      total={total}
      moreTo={paths.list("namespace", filter)}
      rowKey={(namespace) => namespace.slug}
      empty="Hosts no namespaces yet."
      columns={[
        nameColumn("namespace", "Namespace", (namespace) => namespace.slug),
        badgeColumn("Mesh membership", "meshMembership", (namespace) => namespace.meshMembership),
        badgeColumn("Deploy method", "deployMethod", (namespace) => namespace.deployMethod),
        countColumn("Components", (namespace) => namespace._count.deployments),
      ]}
    />
  );
}
