import { useReactFlow } from "@xyflow/react";
import { useEffect, useId, useState, type FormEvent } from "react";
import type { TGraph, TViewGraph } from "./graph-types.ts";

interface TGraphSearchProps {
  graph: TGraph;
  view: TViewGraph;
  onHighlight: (ids: ReadonlySet<string>) => void;
}

/** Drawn items matching a query by name or slug; an entity folded into a collapsed group is found as that group. */
export function findItems(graph: TGraph, view: TViewGraph, query: string): string[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  const found = new Set<string>();
  for (const node of graph.nodes) {
    if (!node.label.toLowerCase().includes(needle) && !node.slug.toLowerCase().includes(needle)) continue;
    const item = view.standsFor.get(node.id);
    if (item) found.add(item);
  }
  return [...found];
}

/** Finds nodes by name, rings them, and centres the view on each match in turn (Enter for the next). */
export function GraphSearch({ graph, view, onHighlight }: TGraphSearchProps) {
  const inputId = useId();
  const { fitView } = useReactFlow();
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<{ query: string; matches: string[]; index: number } | null>(null);

  // A different graph invalidates the matches.
  useEffect(() => {
    setResult(null);
    onHighlight(new Set());
  }, [view, onHighlight]);

  const centreOn = (id: string) => {
    void fitView({ nodes: [{ id }], duration: 300, maxZoom: 1.2, minZoom: 0.7 }).then(() => {
      // Hand keyboard focus to the node, so Enter opens it right away.
      document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (result && result.query === query && result.matches.length > 0) {
      const index = (result.index + 1) % result.matches.length;
      setResult({ ...result, index });
      centreOn(result.matches[index]!);
      return;
    }
    const matches = findItems(graph, view, query);
    setResult({ query, matches, index: 0 });
    onHighlight(new Set(matches));
    if (matches.length > 0) centreOn(matches[0]!);
  };

  const status = !result || !result.query.trim() ? "" : result.matches.length === 0 ? "No match" : `${result.index + 1} of ${result.matches.length}`;
  return (
    <form className="graph-search" role="search" aria-label="Find in graph" onSubmit={onSubmit}>
      <label htmlFor={inputId} className="visually-hidden">
        Find a node
      </label>
      <input
        id={inputId}
        className="input graph-search__input"
        type="search"
        placeholder="Find a node…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          if (!event.target.value) {
            setResult(null);
            onHighlight(new Set());
          }
        }}
      />
      <button type="submit" className="button button--small">
        {result && result.query === query && result.matches.length > 1 ? "Next" : "Find"}
      </button>
      <span className="graph-search__status" role="status" aria-live="polite">
        {status}
      </span>
    </form>
  );
}
