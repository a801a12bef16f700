import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { Link } from "react-router";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EntityDetailPage } from "../catalog/EntityDetailPage.tsx";
import { RuntimeNamespaces } from "./RuntimeNamespaces.tsx";

export function EnvironmentDetailPage() {
  const { slug = "" } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.environment.get.queryOptions({ slug }));
  return (
    <EntityDetailPage
      kind="environment"
      slug={slug}
      result={result}
      meta={(environment) => (
        <>
          <span>Rank {environment.rank}</span>
          <Link to={paths.list("component", { environmentSlug: environment.slug })}>Components deployed here</Link>
        </>
      )}
      description={(environment) => environment.description || null}
      deleteMutation={trpc.environment.delete.mutationOptions()}
      facts={(environment) => [
        { label: "Rank", value: String(environment.rank) },
      ]}
    >
      {(environment) => <RuntimeNamespaces namespaces={environment.namespaces} total={environment._count.namespaces} filter={{ environmentSlug: environment.slug }} />}
    </EntityDetailPage>
  );
}
