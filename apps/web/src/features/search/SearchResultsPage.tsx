import { ENTITY_KINDS, type TEntityKind } from "@topograph/domain";
import { useEffect, useId, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { errorMessage } from "../../lib/api-error.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { ErrorBanner } from "../../ui/ErrorBanner.tsx";
import { Loading } from "../../ui/Loading.tsx";
import { PageHeader } from "../../ui/PageHeader.tsx";
import { Section } from "../../ui/Section.tsx";
import { TabNav } from "../../ui/TabNav.tsx";
import { groupHits, hitDetail, hitPath, pluralKindLabel } from "./search-hit.ts";
import { useCatalogSearch } from "./use-catalog-search.ts";
import "./SearchResultsPage.css";

/** The API's largest page of hits. */
const RESULT_LIMIT = 50;

/** All matches for a text across the catalog, grouped by kind: where Enter in the header search leads. */
export function SearchResultsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get("q")?.trim() ?? "";
  const kindParam = searchParams.get("kind");
  const kind = ENTITY_KINDS.find((known) => known === kindParam);
  const [draft, setDraft] = useState(q);
  const inputId = useId();
  useEffect(() => setDraft(q), [q]);
  useDocumentTitle(q ? `Search: ${q}` : "Search");
  const { hits, pending, error } = useCatalogSearch(q, RESULT_LIMIT, { debounce: false, kinds: kind ? [kind] : undefined });
  const groups = groupHits(hits);

  return (
    <>
      <PageHeader title={q ? <>Results for “{q}”</> : "Search the catalog"} meta={q && !pending ? <span>{hits.length === RESULT_LIMIT ? `The ${RESULT_LIMIT} best matches` : `${hits.length} ${hits.length === 1 ? "match" : "matches"}`}</span> : null} />
      <form
        className="search-page__form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setSearchParams(draft.trim() ? { q: draft.trim(), ...(kind ? { kind } : {}) } : {});
        }}
      >
        <label htmlFor={inputId} className="visually-hidden">
          Search text
        </label>
        <input id={inputId} className="input" type="search" value={draft} onChange={(event) => setDraft(event.target.value)} placeholder="Name or slug of a component, team, repository…" />
        <button type="submit" className="button button--primary">
          Search
        </button>
      </form>
      {q ? <KindTabs q={q} kind={kind} /> : null}
      {!q ? (
        <EmptyState title="Type a name or slug to search.">Search finds components, teams, bounded contexts, solution areas, repositories and namespaces.</EmptyState>
      ) : error ? (
        <ErrorBanner title="Search failed.">{errorMessage(error)}</ErrorBanner>
      ) : pending && hits.length === 0 ? (
        <Loading label={`Searching for “${q}”…`} />
      ) : hits.length === 0 ? (
        <EmptyState title={`Nothing in the catalog matches “${q}”.`}>Try a shorter text, or part of a slug such as “b-service”.</EmptyState>
      ) : (
        <div className="stack">
          {groups.map((group) => (
            <Section key={group.kind} title={group.label} count={group.hits.length} flush>
              <ul className="search-hits">
                {group.hits.map((hit) => (
                  <li key={hit.id}>
                    <span className="search-hits__main">
                      <Link to={hitPath(hit)} className="search-page__name">
                        {hit.name}
                      </Link>
                      <span className="subtle">{hitDetail(hit)}</span>
                    </span>
                    <code className="subtle">{hit.slug}</code>
                  </li>
                ))}
              </ul>
            </Section>
          ))}
        </div>
      )}
    </>
  );
}


/** Narrows the results to one kind; "All kinds" shows the best matches of every kind. */
function KindTabs({ q, kind }: { q: string; kind: TEntityKind | undefined }) {
  const to = (only?: TEntityKind) => `/search?${new URLSearchParams({ q, ...(only ? { kind: only } : {}) }).toString()}`;
  return (
    <TabNav label="Kind of result">
      <Link to={to()} aria-current={kind ? undefined : "page"}>
        All kinds
      </Link>
      {ENTITY_KINDS.map((only) => (
        <Link key={only} to={to(only)} aria-current={kind === only ? "page" : undefined}>
          {pluralKindLabel(only)}
        </Link>
      ))}
    </TabNav>
  );
}
