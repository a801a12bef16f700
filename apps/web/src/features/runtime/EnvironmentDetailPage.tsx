import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { Link } from "react-router";
import { formatDateTime } from "../../lib/format-date.ts";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { FactList } from "../../ui/FactList.tsx";
import { DeleteEntityButton } from "../catalog/DeleteEntityButton.tsx";
import { EntityActions } from "../catalog/EntityActions.tsx";
import { EntityDetailPage } from "../catalog/EntityDetailPage.tsx";
import { RuntimeNamespaces } from "./RuntimeNamespaces.tsx";

export function EnvironmentDetailPage() {
  const { slug = "" } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.environment.get.queryOptions({ slug }));
  const deleteMutation = trpc.environment.delete.mutationOptions();
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
      actions={(environment) => (
        <EntityActions
          kind="environment"
          slug={environment.slug}
          deleteButton={<DeleteEntityButton kind="environment" name={environment.name} entityRef={environment} mutation={deleteMutation} />}
        />
      )}
      aside={(environment) => (
        <FactList
          facts={[
            { label: "Slug", value: <code>{environment.slug}</code> },
            { label: "Rank", value: String(environment.rank) },
            { label: "Last changed", value: `${formatDateTime(environment.updatedAt)} (version ${environment.version})` },
          ]}
        />
      )}
    >
      {(environment) => <RuntimeNamespaces namespaces={environment.namespaces} total={environment._count.namespaces} filter={{ environmentSlug: environment.slug }} />}
    </EntityDetailPage>
  );
}
