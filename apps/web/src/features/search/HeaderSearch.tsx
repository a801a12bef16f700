import { useEffect, useRef, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { paths } from "../../lib/paths.ts";
import { Combobox } from "../../ui/Combobox.tsx";
import { groupHits, hitDetail, hitPath, type TSearchHit } from "./search-hit.ts";
import { useCatalogSearch } from "./use-catalog-search.ts";
import "./HeaderSearch.css";

type TSuggestion = { type: "hit"; hit: TSearchHit } | { type: "all"; q: string };

const SUGGESTION_LIMIT = 12;

/**
 * The search box in the header: suggestions grouped by kind as the user types, Enter on a
 * suggestion opens it, Enter on the text opens all results. "/" focuses it from anywhere.
 */
export function HeaderSearch() {
  const [text, setText] = useState("");
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const inputRef = useRef<HTMLInputElement>(null);
  const { hits, pending } = useCatalogSearch(text, SUGGESTION_LIMIT);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const typing = target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
      if (event.key === "/" && !typing && !event.metaKey && !event.ctrlKey) {
        event.preventDefault();
        inputRef.current?.focus();
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  // Leaving the page the search led to starts the next search afresh.
  useEffect(() => setText(""), [pathname]);

  const q = text.trim();
  const groups = [
    ...groupHits(hits).map((group) => ({ key: group.kind, label: group.label, items: group.hits.map((hit): TSuggestion => ({ type: "hit", hit })) })),
    ...(q ? [{ key: "all", items: [{ type: "all", q } as TSuggestion] }] : []),
  ];

  const open = (suggestion: TSuggestion) => {
    inputRef.current?.blur();
    navigate(suggestion.type === "hit" ? hitPath(suggestion.hit) : paths.search(suggestion.q));
  };

  return (
    <div className="header-search" role="search">
      <Combobox<TSuggestion>
        inputRef={inputRef}
        ariaLabel="Search the catalog"
        className="header-search__box"
        value={text}
        onValueChange={setText}
        groups={groups}
        getKey={(suggestion) => (suggestion.type === "hit" ? `${suggestion.hit.kind}:${suggestion.hit.id}` : "all")}
        renderItem={(suggestion) =>
          suggestion.type === "hit" ? (
            <>
              <span className="option-text">
                <span className="option-text__name">{suggestion.hit.name}</span>
                <span className="option-text__detail">{hitDetail(suggestion.hit)}</span>
              </span>
              <code className="header-search__slug">{suggestion.hit.slug}</code>
            </>
          ) : (
            <span className="header-search__all">
              Show all results for “{suggestion.q}” <kbd>Enter</kbd>
            </span>
          )
        }
        onSelect={open}
        onSubmitText={(value) => navigate(paths.search(value))}
        status={q && hits.length === 0 ? (pending ? "Searching…" : `Nothing in the catalog matches “${q}”.`) : undefined}
        placeholder="Search components, teams, repositories…  ( / )"
      />
    </div>
  );
}
