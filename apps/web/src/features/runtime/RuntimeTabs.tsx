import { NavLink } from "react-router";
import { paths } from "../../lib/paths.ts";

/** Clusters and environments share one place in the navigation; tabs switch between their lists. */
export function RuntimeTabs() {
  return (
    <nav className="list-tabs" aria-label="Clusters and environments">
      <NavLink to={paths.list("cluster")}>Clusters</NavLink>
      <NavLink to={paths.list("environment")}>Environments</NavLink>
    </nav>
  );
}
