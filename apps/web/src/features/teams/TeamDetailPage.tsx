import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@topograph/api";
import { useParams } from "react-router";
import type { TRelated } from "../../lib/api-types.ts";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EntityDetailPage } from "../catalog/EntityDetailPage.tsx";
import { RelatedSection } from "../catalog/RelatedSection.tsx";
import { VocabularyBadge } from "../catalog/VocabularyBadge.tsx";
import { badgeColumn, nameColumn } from "../catalog/columns.tsx";
import { NamespaceColumns } from "../namespaces/namespace-columns.tsx";
import { PracticeSummaryCard } from "../practices/summary/PracticeSummaryCard.tsx";
import { EntityScorecards } from "../scorecards/entity/EntityScorecards.tsx";
import { GroupRollups } from "../scorecards/entity/GroupRollups.tsx";
import { SolutionAreaLink } from "../solution-areas/SolutionAreaLink.tsx";
import { TeamInteractions } from "./TeamInteractions.tsx";

type TTeam = RouterOutputs["team"]["get"];

export function TeamDetailPage() {
  const { slug = "" } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.team.get.queryOptions({ slug }));
  return (
    <EntityDetailPage
      kind="team"
      slug={slug}
      result={result}
      meta={(team) => (
        <>
          <VocabularyBadge vocabulary="teamType" value={team.type} />
          {team.contactChannel ? <span>Contact: {team.contactChannel}</span> : null}
        </>
      )}
      description={(team) => team.description || null}
      deleteMutation={trpc.team.delete.mutationOptions()}
      facts={(team) => [
        { label: "Team type", value: <VocabularyBadge vocabulary="teamType" value={team.type} /> },
        { label: "Contact channel", value: team.contactChannel },
      ]}
    >
      {(team) => <TeamRelations team={team} />}
    </EntityDetailPage>
  );
}

function TeamRelations({ team }: { team: TTeam }) {
  return (
    <>
      <PracticeSummaryCard scope={{ kind: "team", slug: team.slug }} />
      <EntityScorecards entity={{ kind: "team", slug: team.slug }} />
      <GroupRollups groupBy="team" slug={team.slug} name={team.name} />
      <RelatedSection
        title="Members"
        rows={team.members}
        rowKey={(member) => member.email}
        empty="No members recorded. Edit the team to add who to ask."
        columns={[
          { key: "name", header: "Name", cell: (member) => <span className="data-table__primary">{member.name}</span> },
          { key: "role", header: "Role", cell: (member) => member.role || <span className="subtle">—</span> },
          { key: "email", header: "Email", cell: (member) => <a href={`mailto:${member.email}`}>{member.email}</a> },
        ]}
      />
      <TeamInteractions teamSlug={team.slug} />
      <RelatedSection<TRelated<"team", "solutionAreas">>
        title="Solution areas"
        rows={team.solutionAreas}
        rowKey={(area) => area.slug}
        empty="Answers for no solution area."
        columns={[
          { key: "name", header: "Solution area", cell: (area) => <SolutionAreaLink area={area} /> },
          badgeColumn("Kind", "solutionAreaKind", (area) => area.kind),
        ]}
      />
      <RelatedSection<TRelated<"team", "components">>
        title="Components"
        rows={team.components}
        total={team._count.components}
        moreTo={paths.list("component", { teamSlug: team.slug })}
        rowKey={(component) => component.slug}
        empty="Owns no components yet."
        columns={[
          nameColumn("component", "Component"),
          badgeColumn("Kind", "componentKind", (component) => component.kind),
          badgeColumn("Lifecycle", "lifecycle", (component) => component.lifecycle),
        ]}
      />
      <RelatedSection<TRelated<"team", "repositories">>
        title="Repositories"
        rows={team.repositories}
        total={team.repositoryCount}
        moreTo={paths.list("repository", { teamSlug: team.slug })}
        rowKey={(repository) => repository.slug}
        empty="No repositories: none of its components names one."
        columns={[
          nameColumn("repository", "Repository", (repository) => repository.url),
          badgeColumn("Kind", "repositoryKind", (repository) => repository.kind),
        ]}
      />
      <RelatedSection
        title="Namespaces"
        rows={team.namespaces}
        total={team.namespaceCount}
        moreTo={paths.list("namespace", { teamSlug: team.slug })}
        rowKey={(namespace) => namespace.slug}
        empty="Runs in no namespace: none of its components is deployed anywhere yet."
        columns={NamespaceColumns}
      />
    </>
  );
}
