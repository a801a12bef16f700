import { NavLink } from "react-router";
import { paths } from "../../../lib/paths.ts";
import { TabNav } from "../../../ui/TabNav.tsx";

/** Scorecards and the initiatives built on them share one place in the navigation. */
export function ScorecardsTabs() {
  return (
    <TabNav label="Scorecards and initiatives">
      <NavLink to={paths.scorecards} end>
        Scorecards
      </NavLink>
      <NavLink to={paths.initiatives} end>
        Initiatives
      </NavLink>
    </TabNav>
  );
}
