import { REPOSITORY_KIND_LABELS, REPOSITORY_KINDS } from "@topograph/domain";
import { optionsOf } from "../../lib/labels.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EntityLink } from "../catalog/EntityLink.tsx";
import { EntityListPage } from "../catalog/EntityListPage.tsx";
import { useAllReferenceOptions } from "../catalog/reference-options.ts";
import { TeamLinks } from "../catalog/TeamLinks.tsx";
import { vocabularyFilter } from "../catalog/vocabulary-filter.ts";
import { VocabularyBadge } from "../catalog/VocabularyBadge.tsx";

export function RepositoryListPage() {
  const trpc = useTRPC();
  const teams = useAllReferenceOptions("team");
  return (
    <EntityListPage
      kind="repository"
      description="Application, Kubernetes, Terraform and shared repositories, the components each holds, and the teams that own them."
      filters={[
        { name: "kind", label: "Kind", anyLabel: "All kinds", options: optionsOf(REPOSITORY_KIND_LABELS) },
        { name: "teamSlug", label: "Owning team", anyLabel: "All teams", options: teams.options },
      ]}
      query={({ filters, ...page }) => trpc.repository.list.queryOptions({ ...page, kind: vocabularyFilter(REPOSITORY_KINDS, filters.kind), teamSlug: filters.teamSlug })}
      rowKey={(repository) => repository.id}
      columns={[
        {
          key: "name",
          header: "Repository",
          cell: (repository) => (
            <>
              <EntityLink kind="repository" slug={repository.slug}>
                <span className="data-table__primary">{repository.name}</span>
              </EntityLink>
              <span className="data-table__secondary">{repository.url.replace(/^https?:\/\//, "")}</span>
            </>
          ),
        },
        { key: "kind", header: "Kind", nowrap: true, cell: (repository) => <VocabularyBadge vocabulary="repositoryKind" value={repository.kind} /> },
        {
          key: "components",
          header: "Components",
          cell: (repository) =>
            repository.components.length === 0 ? (
              <span className="subtle">None</span>
            ) : (
              <ul className="inline-list">
                {repository.components.map((component) => (
                  <li key={component.slug}>
                    <EntityLink kind="component" slug={component.slug}>
                      {component.name}
                    </EntityLink>
                  </li>
                ))}
              </ul>
            ),
        },
        { key: "owners", header: "Owning teams", cell: (repository) => <TeamLinks teams={repository.owningTeams} none="No owner" /> },
      ]}
    />
  );
}
