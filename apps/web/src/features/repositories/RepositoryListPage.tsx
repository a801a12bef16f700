import { REPOSITORY_KIND_LABELS, REPOSITORY_KINDS } from "@topograph/domain";
import type { TListItem } from "../../lib/api-types.ts";
import { optionsOf } from "../../lib/labels.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EntityLink } from "../catalog/EntityLink.tsx";
import { EntityListPage } from "../catalog/EntityListPage.tsx";
import { badgeColumn, nameColumn, teamsColumn } from "../catalog/columns.tsx";
import { useAllReferenceOptions } from "../catalog/reference-options.ts";
import { vocabularyFilter } from "../catalog/vocabulary-filter.ts";

export function RepositoryListPage() {
  const trpc = useTRPC();
  const teams = useAllReferenceOptions("team");
  return (
    <EntityListPage<TListItem<"repository">>
      kind="repository"
      description="Application, Kubernetes, Terraform and shared repositories, the components each holds, and the teams that own them."
      filters={[
        { name: "kind", label: "Kind", anyLabel: "All kinds", options: optionsOf(REPOSITORY_KIND_LABELS) },
        { name: "teamSlug", label: "Owning team", anyLabel: "All teams", options: teams.options },
      ]}
      query={({ filters, ...page }) => trpc.repository.list.queryOptions({ ...page, kind: vocabularyFilter(REPOSITORY_KINDS, filters.kind), teamSlug: filters.teamSlug })}
      rowKey={(repository) => repository.id}
      columns={[
        nameColumn("repository", "Repository", (repository) => repository.url.replace(/^https?:\/\//, "")),
        badgeColumn("Kind", "repositoryKind", (repository) => repository.kind),
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
        teamsColumn("Owning teams", (repository) => repository.owningTeams, "No owner"),
      ]}
    />
  );
}
