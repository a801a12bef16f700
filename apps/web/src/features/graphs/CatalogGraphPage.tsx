import { DEFAULT_GRAPH_NODES } from "@topograph/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { Navigate, useParams, useSearchParams } from "react-router";
import { useTRPC } from "../../lib/trpc.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { PageHeader } from "../../ui/PageHeader.tsx";
import { fileNameOf } from "./download.ts";
import { graphPaths } from "./graph-paths.ts";
import { GraphFilters } from "./GraphFilters.tsx";
import { GraphTabs } from "./GraphTabs.tsx";
import { GraphView } from "./GraphView.tsx";
import { nextMaxNodes, readFilter, withChanges, type TFilterName } from "./url-state.ts";
import { useGraphViewState } from "./use-graph-view-state.ts";
import { catalogView, type TCatalogGraphViewConfig } from "./views.ts";

/** One of the four catalog-wide graphs, chosen by the `:view` segment of the URL. */
export function CatalogGraphPage() {
  const { view: viewId } = useParams();
  const view = catalogView(viewId);
  if (!view) return <Navigate to={graphPaths.view("ownership")} replace />;
  return <CatalogGraph key={view.id} view={view} />;
}

function CatalogGraph({ view }: { view: TCatalogGraphViewConfig }) {
  useDocumentTitle(view.title);
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readFilter(params, view.filters), [params, view.filters]);
  const defaults = useMemo(() => ({ groupBy: view.defaultGroupBy, colourBy: view.defaultColourBy }), [view]);
  const [state, setState] = useGraphViewState(defaults);
  const query = useQuery({ ...trpc.graph[view.procedure].queryOptions(filter), placeholderData: keepPreviousData, staleTime: 30_000 });

  const setFilter = useCallback(
    (changes: Partial<Record<TFilterName | "maxNodes", string | number | undefined>>) =>
      // A new filter draws a different graph: collapsed groups and the cap start over.
      setParams((current) => withChanges(current, { collapsed: undefined, ...changes }, { maxNodes: DEFAULT_GRAPH_NODES })),
    [setParams],
  );
  const clearFilters = () => setFilter(Object.fromEntries([...view.filters.map((name) => [name, undefined]), ["maxNodes", undefined]]));
  const values = Object.fromEntries(view.filters.map((name) => [name, filter[name] ?? ""])) as Record<TFilterName, string>;
  const fileName = fileNameOf("topograph", view.id, ...view.filters.flatMap((name) => (filter[name] ? [filter[name]!] : [])));

  return (
    <div className="graph-page">
      <PageHeader title={view.title} description={view.description} />
      <GraphTabs />
      <GraphView
        config={view}
        graph={query.data}
        loading={query.isPending}
        error={query.isError ? query.error : null}
        state={state}
        onStateChange={setState}
        fileName={fileName}
        filters={<GraphFilters names={view.filters} values={values} onChange={(name, value) => setFilter({ [name]: value || undefined, maxNodes: undefined })} onClear={clearFilters} />}
        maxNodes={filter.maxNodes}
        onShowMore={() => setFilter({ maxNodes: nextMaxNodes(filter.maxNodes) })}
      />
    </div>
  );
}
