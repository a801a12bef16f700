import { NavLink, useSearchParams } from "react-router";
import { graphPaths } from "./graph-paths.ts";
import { FILTER_NAMES } from "./url-state.ts";
import { CATALOG_GRAPH_VIEWS } from "./views.ts";

/** Links between the graph views; filters the target view also takes travel along. */
export function GraphTabs() {
  const [params] = useSearchParams();
  return (
    <nav className="graph-nav" aria-label="Graph views">
      <ul>
        {CATALOG_GRAPH_VIEWS.map((view) => {
          const carried = new URLSearchParams();
          for (const name of FILTER_NAMES) {
            const value = params.get(name);
            if (value && view.filters.includes(name)) carried.set(name, value);
          }
          const query = carried.toString();
          return (
            <li key={view.id}>
              <NavLink to={graphPaths.view(view.id, query)}>{view.tabLabel}</NavLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
