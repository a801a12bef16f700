import { Link } from "react-router";
import { paths } from "../../lib/paths.ts";
import { Badge } from "../../ui/Badge.tsx";
import type { TFinding } from "./evidence-types.ts";
import { findingLocation, objectLabel } from "./findings.ts";
import { FindingStatusBadge } from "./FindingStatusBadge.tsx";

interface TFindingItemProps {
  finding: TFinding;
  /** What the surrounding group does not already say: the practice (grouped by object) or the object (grouped by practice). */
  show: "practice" | "object";
  practiceTitle?: string;
}

/**
 * One check's verdict: status, severity, message, where in the source (file:line) and how to fix it.
 * A finding about a practice not asked of its component's kind is muted and tagged, with the reason
 * instead of a fix: it does not count.
 */
export function FindingItem({ finding, show, practiceTitle }: TFindingItemProps) {
  return (
    <li className={`finding finding--${finding.status}${finding.asked ? "" : " finding--not-asked"}`} data-status={finding.status} data-check={finding.checkId} data-asked={finding.asked}>
      <div className="finding__status">
        <FindingStatusBadge status={finding.status} />
      </div>
      <div className="finding__body">
        <p className="finding__message">{finding.message}</p>
        <p className="finding__meta">
          <span className="finding__where mono" title="File and line">
            {findingLocation(finding)}
          </span>
          <span className={`finding__severity finding__severity--${finding.severity}`}>{finding.severity} severity</span>
          <code className="finding__check">{finding.checkId}</code>
          {show === "practice" ? (
            <Link to={paths.practiceItem(finding.practiceId)} className="finding__practice">
              {practiceTitle ?? finding.practiceId}
            </Link>
          ) : (
            <span className="finding__object">{objectLabel(finding.object)}</span>
          )}
          {finding.asked ? null : <Badge title={finding.reason}>not asked of {finding.notAskedOf}</Badge>}
        </p>
        {!finding.asked ? (
          <p className="finding__not-counted">
            <span className="finding__fix-label">Not counted: </span>
            {finding.reason}
          </p>
        ) : finding.remediation ? (
          <p className="finding__fix">
            <span className="finding__fix-label">How to fix: </span>
            {finding.remediation}
          </p>
        ) : null}
      </div>
    </li>
  );
}
