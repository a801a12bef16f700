import { Link } from "react-router";
import { paths } from "../../../lib/paths.ts";
import { plural } from "../../../lib/labels.ts";
import { ProgressBar, ProgressLegend } from "../shared/ProgressBar.tsx";
import { gapCount } from "../shared/progress.ts";
import type { TChecklistScope } from "../shared/scope.ts";
import type { TChecklist } from "./checklist-types.ts";
import "./ChecklistOverview.css";

/** The checklist at a glance: overall percentage, what it is made of, and how many gaps remain. */
export function ChecklistOverview({ scope, checklist }: { scope: TChecklistScope; checklist: TChecklist }) {
  const { progress } = checklist;
  const asked = checklist.sections.reduce((sum, section) => sum + section.entries.length, 0);
  const notApplicable = asked - progress.applicable;
  const gaps = gapCount(progress);
  return (
    <section className="checklist-overview" aria-label="Progress">
      <div className="checklist-overview__figure">
        <span className="checklist-overview__percent">{progress.percent}%</span>
        <span className="checklist-overview__caption">adopted</span>
      </div>
      <div className="checklist-overview__detail">
        <ProgressBar progress={progress} label="Overall progress" />
        <ProgressLegend progress={progress} />
        <p className="checklist-overview__summary">
          {plural(progress.applicable, "practice")} apply
          {notApplicable > 0 ? ` (${notApplicable} not applicable)` : ""} · {plural(gaps, "gap")}
          {gaps > 0 ? (
            <>
              {" · "}
              <Link to={paths.checklist(scope, { gaps: "1" })}>Show gaps only</Link>
            </>
          ) : null}
        </p>
      </div>
    </section>
  );
}
