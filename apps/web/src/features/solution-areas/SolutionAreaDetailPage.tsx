import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import type { TRelated } from "../../lib/api-types.ts";
import { paths } from "../../lib/paths.ts";
import { useTRPC } from "../../lib/trpc.ts";
import { EntityDetailPage } from "../catalog/EntityDetailPage.tsx";
import { RelatedSection } from "../catalog/RelatedSection.tsx";
import { TeamLinks } from "../catalog/TeamLinks.tsx";
import { VocabularyBadge } from "../catalog/VocabularyBadge.tsx";
import { badgeColumn, nameColumn, teamsColumn } from "../catalog/columns.tsx";

export function SolutionAreaDetailPage() {
  const { slug = "" } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.solutionArea.get.queryOptions({ slug }));
  return (
    <EntityDetailPage
      kind="solution-area"
      slug={slug}
      result={result}
      meta={(area) => <VocabularyBadge vocabulary="solutionAreaKind" value={area.kind} />}
      description={(area) => area.description || null}
      deleteMutation={trpc.solutionArea.delete.mutationOptions()}
      actions={(area) =>
        // A bounded context's area is edited with its context, so the two never disagree.
        area.boundedContext ? (
          <Link to={paths.detail("bounded-context", area.boundedContext.slug)} className="button">
            Open the bounded context
          </Link>
        ) : undefined
      }
      facts={(area) => [
        { label: "Kind", value: <VocabularyBadge vocabulary="solutionAreaKind" value={area.kind} /> },
        { label: "Teams", value: <TeamLinks teams={area.teams} none="No team answers for it" /> },
      ]}
    >
      {(area) => (
        <>
          <RelatedSection
            title="Teams"
            rows={area.teams}
            rowKey={(team) => team.slug}
            empty="No team answers for this area yet."
            columns={[
              nameColumn("team", "Team"),
            ]}
          />
          <RelatedSection<TRelated<"solutionArea", "components">>
            title="Components"
            rows={area.components}
            total={area._count.components}
            moreTo={paths.list("component", { solutionAreaSlug: area.slug })}
            rowKey={(component) => component.slug}
            empty="No component belongs to this area yet."
            columns={[
              nameColumn("component", "Component"),
              badgeColumn("Kind", "componentKind", (component) => component.kind),
              teamsColumn("Owners", (component) => component.owners),
            ]}
          />
        </>
      )}
    </EntityDetailPage>
  );
}
