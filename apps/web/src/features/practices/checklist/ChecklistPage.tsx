import { useQuery } from "@tanstack/react-query";
import type { ComponentType } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { errorMessage, isNotFound } from "../../../lib/api-error.ts";
import { CATALOG_KINDS } from "../../../lib/catalog-kinds.ts";
import { paths } from "../../../lib/paths.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { useDocumentTitle } from "../../../lib/use-document-title.ts";
import { EmptyState } from "../../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { Loading } from "../../../ui/Loading.tsx";
import { PageHeader } from "../../../ui/PageHeader.tsx";
import { Section } from "../../../ui/Section.tsx";
import { EntityNotFound } from "../../catalog/EntityNotFound.tsx";
import { VocabularyBadge } from "../../catalog/VocabularyBadge.tsx";
import { ScopeDecisions } from "../decisions/ScopeDecisions.tsx";
import { scopeKindLabel, scopeOf, type TChecklistScope, type TScopeKind } from "../shared/scope.ts";
import { StatusBadge } from "../shared/StatusBadge.tsx";
import { isAnswerStatus } from "../shared/answer-status.ts";
import { checklistFilterParams, filterSections, isFiltered, readChecklistFilters, type TChecklistFilters } from "./checklist-filters.ts";
import type { TChecklist } from "./checklist-types.ts";
import { ChecklistFilters } from "./ChecklistFilters.tsx";
import { ChecklistNav } from "./ChecklistNav.tsx";
import { ChecklistOverview } from "./ChecklistOverview.tsx";
import { ChecklistSection } from "./ChecklistSection.tsx";
import { useScrollToHash } from "../shared/use-scroll-to-hash.ts";
import { ExportMarkdownButton } from "./ExportMarkdownDialog.tsx";
import { HistoryList } from "./HistoryList.tsx";
import "./ChecklistPage.css";

/** What a checklist of each kind asks, in one sentence under its title. */
const DESCRIPTIONS: Record<TScopeKind, string> = {
  organisation: "Practices judged once for the whole organisation. Every team, bounded context, component and namespace checklist shows these answers as inherited.",
  team: "Practices judged per team, and the organisation's answers as inherited.",
  "bounded-context": "Practices judged per bounded context, and the organisation's answers as inherited.",
  component: "Practices asked of this kind of component. Answers on its teams', its bounded context's and the organisation's checklists show here as inherited until this checklist overrides them.",
  namespace: "Practices judged per namespace, and the organisation's answers as inherited.",
};

/** The one checklist page, configured by the kind of scope its route names. */
export function ChecklistPage({ kind }: { kind: TScopeKind }) {
  const { slug } = useParams();
  const scope = scopeOf(kind, slug);
  if (!scope) return <EntityNotFound kind={kind as Exclude<TScopeKind, "organisation">} slug="" />;
  return <ScopeChecklist key={slug ?? kind} scope={scope} />;
}

/** The routes' components, one per kind of scope (see app/router.tsx and lib/paths.ts). */
export const CHECKLIST_PAGES: Record<TScopeKind, ComponentType> = {
  organisation: () => <ChecklistPage kind="organisation" />,
  team: () => <ChecklistPage kind="team" />,
  "bounded-context": () => <ChecklistPage kind="bounded-context" />,
  component: () => <ChecklistPage kind="component" />,
  namespace: () => <ChecklistPage kind="namespace" />,
};

function Breadcrumb({ scope, name }: { scope: TChecklistScope; name: string }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      {scope.kind === "organisation" ? (
        <Link to={paths.settings}>Organisation settings</Link>
      ) : (
        <>
          <Link to={paths.list(scope.kind)}>{CATALOG_KINDS[scope.kind].plural}</Link>
          <span aria-hidden="true"> / </span>
          <Link to={paths.detail(scope.kind, scope.slug)}>{name}</Link>
        </>
      )}
      <span aria-hidden="true"> / </span>
      <span aria-current="page">Checklist</span>
    </nav>
  );
}

function ScopeChecklist({ scope }: { scope: TChecklistScope }) {
  const trpc = useTRPC();
  const result = useQuery(trpc.checklist.get.queryOptions({ scope }));
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readChecklistFilters(searchParams);
  const checklist = result.data;
  useDocumentTitle(checklist ? `Checklist: ${checklist.scope.name}` : "Checklist");
  // Links to "#decisions" or "#history" arrive before the checklist is drawn.
  useScrollToHash(Boolean(checklist));

  if (result.isError && !checklist) {
    if (isNotFound(result.error) && scope.kind !== "organisation") return <EntityNotFound kind={scope.kind} slug={scope.slug} />;
    return (
      <ErrorBanner
        title="Could not load the checklist."
        onRetry={() => void result.refetch()}
      >
        {errorMessage(result.error)}
      </ErrorBanner>
    );
  }
  if (!checklist) return <Loading label="Loading the checklist…" />;

  const setFilters = (next: TChecklistFilters) => setSearchParams(checklistFilterParams(next), { replace: true });
  return (
    <>
      <Breadcrumb scope={scope} name={checklist.scope.name} />
      <PageHeader
        eyebrow={`Practice checklist · ${scopeKindLabel(scope.kind)}`}
        title={checklist.scope.name}
        meta={
          <>
            {checklist.scope.componentKind ? <VocabularyBadge vocabulary="componentKind" value={checklist.scope.componentKind} /> : null}
            <span>
              Practice catalogue version {checklist.catalogueVersion} · <Link to={paths.practices}>about the practices</Link>
            </span>
          </>
        }
        description={DESCRIPTIONS[scope.kind]}
        actions={<ExportMarkdownButton scope={scope} initialGapsOnly={filters.gapsOnly} />}
      />
      <div className="checklist-layout">
        <div className="checklist-layout__main stack">
          <ChecklistOverview scope={scope} checklist={checklist} />
          <Practices scope={scope} checklist={checklist} filters={filters} onFiltersChange={setFilters} />
          <ScopeDecisions scope={scope} />
          <div id="history" className="checklist-history">
            <Section title="Answer history">
              <HistoryList
                scope={scope}
                itemTitles={new Map(checklist.sections.flatMap((section) => section.entries.map((entry) => [entry.item.id, entry.item.title] as const)))}
                empty="No answer has been given on this checklist yet. Answers inherited from broader scopes are in their own checklists' history."
              />
            </Section>
          </div>
          <RetiredAnswers checklist={checklist} />
        </div>
        <aside className="checklist-layout__aside">
          <ChecklistNav sections={checklist.sections} />
        </aside>
      </div>
    </>
  );
}

function Practices({ scope, checklist, filters, onFiltersChange }: { scope: TChecklistScope; checklist: TChecklist; filters: TChecklistFilters; onFiltersChange: (filters: TChecklistFilters) => void }) {
  const shown = filterSections(checklist.sections, filters);
  const totals = new Map(checklist.sections.map((section) => [section.section, section.entries.length]));
  return (
    <>
      <ChecklistFilters filters={filters} sections={checklist.sections.map((section) => section.section)} onChange={onFiltersChange} />
      {checklist.sections.length === 0 ? (
        <EmptyState panel title="No practice is asked of this checklist.">
          The practice catalogue has no item judged at this scope.
        </EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState
          panel
          title={filters.gapsOnly ? "No gaps: every practice that applies is adopted." : "No practice matches these filters."}
          action={
            isFiltered(filters) ? (
              <button type="button" className="button" onClick={() => onFiltersChange({ q: "", gapsOnly: false })}>
                Show all practices
              </button>
            ) : undefined
          }
        />
      ) : (
        shown.map((section) => <ChecklistSection key={section.section} scope={scope} section={section} total={totals.get(section.section) ?? section.entries.length} />)
      )}
    </>
  );
}

/** Answers kept for practices a later catalogue version retired; shown only when there are any. */
function RetiredAnswers({ checklist }: { checklist: TChecklist }) {
  if (checklist.retiredAnswers.length === 0) return null;
  return (
    <Section title="Answers to retired practices" count={checklist.retiredAnswers.length}>
      <p className="subtle">These practices are no longer in the catalogue; their last answers are kept for the record.</p>
      <ul className="checklist-retired">
        {checklist.retiredAnswers.map((answer) => (
          <li key={answer.itemId}>
            <code>{answer.itemId}</code> {isAnswerStatus(answer.status) ? <StatusBadge status={answer.status} /> : answer.status} · {answer.answeredBy}
          </li>
        ))}
      </ul>
    </Section>
  );
}
