import { useQuery } from "@tanstack/react-query";
import { BRANCH_MODEL_LABELS } from "@topograph/domain";
import { useParams } from "react-router";
import type { TRelated } from "../../lib/api-types.ts";
import { labelOf } from "../../lib/labels.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EntityDetailPage } from "../catalog/EntityDetailPage.tsx";
import { RelatedSection } from "../catalog/RelatedSection.tsx";
import { TeamLinks } from "../catalog/TeamLinks.tsx";
import { VocabularyBadge } from "../catalog/VocabularyBadge.tsx";
import { badgeColumn, nameColumn, teamsColumn } from "../catalog/columns.tsx";
import { RepositoryUrl } from "./RepositoryUrl.tsx";

export function RepositoryDetailPage() {
  const { slug = "" } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.repository.get.queryOptions({ slug }));
  return (
    <EntityDetailPage
      kind="repository"
      slug={slug}
      result={result}
      meta={(repository) => (
        <>
          <VocabularyBadge vocabulary="repositoryKind" value={repository.kind} />
          <RepositoryUrl url={repository.url} />
        </>
      )}
      description={(repository) => repository.description || null}
      deleteMutation={trpc.repository.delete.mutationOptions()}
      facts={(repository) => [
        { label: "URL", value: <RepositoryUrl url={repository.url} /> },
        { label: "Kind", value: <VocabularyBadge vocabulary="repositoryKind" value={repository.kind} /> },
        { label: "Default branch", value: <code>{repository.defaultBranch}</code> },
        { label: "Branch model", value: labelOf(BRANCH_MODEL_LABELS, repository.branchModel) },
        { label: "Owning teams", value: <TeamLinks teams={repository.owningTeams} none="No owner: it holds no owned component" /> },
      ]}
    >
      {(repository) => (
        <RelatedSection<TRelated<"repository", "components">>
          title="Components"
          rows={repository.components}
          rowKey={(component) => component.slug}
          empty="Holds no component. Edit the repository to say which components live here."
          columns={[
            nameColumn("component", "Component"),
            badgeColumn("Kind", "componentKind", (component) => component.kind),
            teamsColumn("Owners", (component) => component.owners),
          ]}
        />
      )}
    </EntityDetailPage>
  );
}
