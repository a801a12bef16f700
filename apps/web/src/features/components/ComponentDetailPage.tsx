import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@topograph/api";
import { useParams } from "react-router";
import type { TRelated } from "../../lib/api-types.ts";
import { useTRPC } from "../../lib/trpc.ts";
import type { TColumn } from "../../ui/DataTable.tsx";
import { EntityDetailPage } from "../catalog/EntityDetailPage.tsx";
import { RelatedSection } from "../catalog/RelatedSection.tsx";
import { TeamLinks } from "../catalog/TeamLinks.tsx";
import { VocabularyBadge } from "../catalog/VocabularyBadge.tsx";
import { badgeColumn, nameColumn, teamsColumn } from "../catalog/columns.tsx";
import { ComponentEvidence } from "../evidence/ComponentEvidence.tsx";
import { NamespaceColumns } from "../namespaces/namespace-columns.tsx";
import { PracticeSummaryCard } from "../practices/summary/PracticeSummaryCard.tsx";
import { RepositoryUrl } from "../repositories/RepositoryUrl.tsx";
import { EntityScorecards } from "../scorecards/entity/EntityScorecards.tsx";
import { SolutionAreaLink } from "../solution-areas/SolutionAreaLink.tsx";
import { ComponentLabels } from "./ComponentLabels.tsx";
import { OwnershipBadge } from "./OwnershipBadge.tsx";
import { OwnershipCallout } from "./OwnershipCallout.tsx";

type TComponent = RouterOutputs["component"]["get"];
type TRelatedComponent = TComponent["dependencies"][number];

export function ComponentDetailPage() {
  const { slug = "" } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.component.get.queryOptions({ slug }));
  return (
    <EntityDetailPage
      kind="component"
      slug={slug}
      result={result}
      meta={(component) => (
        <>
          <VocabularyBadge vocabulary="componentKind" value={component.kind} />
          <VocabularyBadge vocabulary="lifecycle" value={component.lifecycle} />
          <OwnershipBadge ownership={component.effectiveOwnership} />
        </>
      )}
      description={(component) => component.description || null}
      deleteMutation={trpc.component.delete.mutationOptions()}
      facts={(component) => [
        { label: "Kind", value: <VocabularyBadge vocabulary="componentKind" value={component.kind} /> },
        { label: "Lifecycle", value: <VocabularyBadge vocabulary="lifecycle" value={component.lifecycle} /> },
        { label: "Solution area", value: <SolutionAreaLink area={component.solutionArea} /> },
        { label: "Owner teams", value: <TeamLinks teams={component.owners} /> },
        { label: "Labels", value: <ComponentLabels labels={component.labels} /> },
      ]}
    >
      {(component) => <ComponentRelations component={component} />}
    </EntityDetailPage>
  );
}

const relatedComponentColumns: TColumn<TRelatedComponent>[] = [
  nameColumn("component", "Component"),
  badgeColumn("Style", "dependencyStyle", (other) => other.style),
  badgeColumn("Kind", "componentKind", (other) => other.kind),
  teamsColumn("Owners", (other) => other.owners),
];

function ComponentRelations({ component }: { component: TComponent }) {
  return (
    <>
      <OwnershipCallout ownership={component.effectiveOwnership} owners={component.owners} />
      <PracticeSummaryCard scope={{ kind: "component", slug: component.slug }} />
      <EntityScorecards entity={{ kind: "component", slug: component.slug }} />
      <ComponentEvidence slug={component.slug} />
      <RelatedSection
        title="Namespaces"
        rows={component.namespaces}
        rowKey={(namespace) => namespace.slug}
        empty="Not deployed to any namespace yet."
        columns={NamespaceColumns}
      />
      <RelatedSection<TRelated<"component", "repositories">>
        title="Repositories"
        rows={component.repositories}
        rowKey={(repository) => repository.slug}
        empty="No repository recorded for this component."
        columns={[
          nameColumn("repository", "Repository"),
          badgeColumn("Kind", "repositoryKind", (repository) => repository.kind),
          { key: "url", header: "URL", cell: (repository) => <RepositoryUrl url={repository.url} /> },
        ]}
      />
      <RelatedSection
        title="Depends on"
        rows={component.dependencies}
        rowKey={(other) => other.slug}
        empty="Depends on no other component."
        columns={relatedComponentColumns}
      />
      <RelatedSection
        title="Used by"
        rows={component.dependents}
        rowKey={(other) => other.slug}
        empty="No component depends on this one."
        columns={relatedComponentColumns}
      />
    </>
  );
}
