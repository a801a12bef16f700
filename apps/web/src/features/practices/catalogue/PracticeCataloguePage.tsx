import { PRACTICE_CATEGORIES, PRACTICE_SCOPES, PRACTICE_SECTIONS } from "@topograph/domain";
import { Link } from "react-router";
import { errorMessage } from "../../../lib/api-error.ts";
import { paths } from "../../../lib/paths.ts";
import { optionsOf, plural } from "../../../lib/labels.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { useSearchParamChanges } from "../../../lib/use-search-param-changes.ts";
import { EmptyState } from "../../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { FilterBar } from "../../../ui/FilterBar.tsx";
import { Loading } from "../../../ui/Loading.tsx";
import { PageHeader } from "../../../ui/PageHeader.tsx";
import { Section } from "../../../ui/Section.tsx";
import { FilterCard } from "../shared/FilterCard.tsx";
import { PracticesTabs } from "../shared/PracticesTabs.tsx";
import { CATEGORY_LABELS, SCOPE_LABELS, sectionTitle } from "../shared/practice-labels.ts";
import { usePracticeCatalogue } from "../shared/use-practice-catalogue.ts";
import { useScrollToHash } from "../shared/use-scroll-to-hash.ts";
import { FILTER_NAMES, groupBySection, readCatalogueFilters } from "./catalogue-filters.ts";
import { DecisionPointCard } from "./DecisionPointCard.tsx";
import { PracticeItemCard } from "./PracticeItemCard.tsx";
import "./PracticeCataloguePage.css";

const SECTIONS = Object.keys(PRACTICE_SECTIONS);

/** The practice catalogue of sections 20–26: every item and decision point checklists are made of. */
export function PracticeCataloguePage() {
  useDocumentTitle("Practice catalogue");
  const catalogue = usePracticeCatalogue();
  const { searchParams, change: refine, clear } = useSearchParamChanges();
  const filters = readCatalogueFilters(searchParams);
  useScrollToHash(Boolean(catalogue.data));

  const data = catalogue.data;
  const groups = data ? groupBySection(SECTIONS, data.items, data.decisionPoints, filters) : [];
  const pointTitles = new Map(data?.decisionPoints.map((point) => [point.id, point.title]));

  return (
    <>
      <PageHeader
        eyebrow="Practices"
        title="Practice catalogue"
        meta={data ? <span>Version {data.version} · {plural(data.items.length, "practice")} · {plural(data.decisionPoints.length, "decision point")}</span> : null}
        description="Every practice from sections 20–26 of the design article: what it asks, which components it applies to, at which level it is judged and how evidence from the repositories proves it. Checklists of the organisation, teams, bounded contexts, components and namespaces are made of these items."
        actions={
          <>
            <Link to={paths.bulkAnswer()} className="button">
              Answer for many components
            </Link>
            <Link to={paths.checklist({ kind: "organisation" })} className="button button--primary">
              Organisation checklist
            </Link>
          </>
        }
      />
      <PracticesTabs />
      <FilterCard>
        <FilterBar
          noun="practices"
          text={filters.q}
          onTextChange={(q) => refine({ q })}
          filters={[
            { name: "section", label: "Section", anyLabel: "All sections", options: SECTIONS.map((section) => ({ value: section, label: sectionTitle(section) })) },
            { name: "category", label: "Category", anyLabel: "All categories", options: optionsOf(CATEGORY_LABELS, PRACTICE_CATEGORIES) },
            { name: "scope", label: "Judged per", anyLabel: "Any level", options: optionsOf(SCOPE_LABELS, PRACTICE_SCOPES) },
            {
              name: "verification",
              label: "Verification",
              anyLabel: "Any",
              options: [
                { value: "evidence", label: "Machine-verifiable" },
                { value: "person", label: "Judged by people" },
              ],
            },
          ]}
          values={Object.fromEntries(FILTER_NAMES.map((name) => [name, filters[name] ?? ""]))}
          onFilterChange={(name, value) => refine({ [name]: value })}
          onClear={clear}
        />
      </FilterCard>
      {catalogue.isError && !data ? (
        <ErrorBanner
          title="Could not load the practice catalogue."
          onRetry={() => void catalogue.refetch()}
        >
          {errorMessage(catalogue.error)}
        </ErrorBanner>
      ) : !data ? (
        <Loading label="Loading the practice catalogue…" />
      ) : groups.length === 0 ? (
        <EmptyState
          panel
          title="No practice matches these filters."
          action={
            <button type="button" className="button" onClick={clear}>
              Show the whole catalogue
            </button>
          }
        >
          Try fewer filters or a shorter search text.
        </EmptyState>
      ) : (
        <div className="stack catalogue-sections">
          {groups.map((group) => (
            <Section key={group.section} title={sectionTitle(group.section)} count={group.items.length} flush>
              <ul className="catalogue-section__list" aria-label={`${sectionTitle(group.section)}: decision points and practices`}>
                {group.points.map((point) => (
                  <DecisionPointCard key={point.id} point={point} />
                ))}
                {group.items.map((item) => (
                  <PracticeItemCard key={item.id} item={item} decisionTitle={item.decisionPointId ? pointTitles.get(item.decisionPointId) : undefined} />
                ))}
              </ul>
            </Section>
          ))}
        </div>
      )}
    </>
  );
}
