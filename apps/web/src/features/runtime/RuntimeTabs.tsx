import { NavLink } from "react-router";
import { paths } from "../../lib/paths.ts";
import { TabNav } from "../../ui/TabNav.tsx";

/** Clusters and environments share one place in the navigation; tabs switch between their lists. */
export function RuntimeTabs() {
  return (
    <TabNav label="Clusters and environments">
      <NavLink to={paths.list("cluster")}>Clusters</NavLink>
      <NavLink to={paths.list("environment")}>Environments</NavLink>
    </TabNav>
  );
}
