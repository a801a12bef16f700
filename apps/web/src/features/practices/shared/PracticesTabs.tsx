import { NavLink } from "react-router";
import { paths } from "../../../lib/paths.ts";
import { TabNav } from "../../../ui/TabNav.tsx";

/** The practice catalogue and the evidence that proves practices share one place in the navigation. */
export function PracticesTabs() {
  return (
    <TabNav label="Practices and evidence">
      <NavLink to={paths.practices} end>
        Catalogue
      </NavLink>
      <NavLink to={paths.evidence} end>
        Evidence
      </NavLink>
    </TabNav>
  );
}
