import { Link } from "react-router";
import { paths } from "../../lib/paths.ts";
import type { TFinding } from "./evidence-types.ts";
import { StatusCounts } from "./FindingStatusBadge.tsx";
import { FindingItem } from "./FindingItem.tsx";
import { groupByObject, groupByPractice } from "./findings.ts";
import "./Finding.css";

export type TGrouping = "object" | "practice";

interface TFindingGroupsProps {
  findings: TFinding[];
  /** Which findings to list; each group's counts still count every finding that counts as evidence. */
  shows: (finding: TFinding) => boolean;
  by: TGrouping;
  /** Practice titles by id, in catalogue order. */
  practices: ReadonlyMap<string, string>;
}

/** Findings under one heading per object (kind namespace/name) or per practice, with each group's counts. */
export function FindingGroups({ findings, shows, by, practices }: TFindingGroupsProps) {
  const groups = (by === "object" ? groupByObject(findings) : groupByPractice(findings, [...practices.keys()]))
    .map((group) => ({ ...group, shown: group.findings.filter(shows) }))
    .filter((group) => group.shown.length > 0);
  return (
    <ol className="stack-list finding-groups" aria-label={by === "object" ? "Findings by object" : "Findings by practice"}>
      {groups.map((group) => (
        <li key={group.key} className="finding-group" data-group={group.key}>
          <section aria-label={by === "object" ? group.key : (practices.get(group.key) ?? group.key)}>
            <header className="finding-group__header">
              {by === "object" ? (
                <>
                  <h3 className="finding-group__title">{group.key}</h3>
                  {group.findings[0]?.object.kind === "File" ? null : (
                    <span className="finding-group__detail mono">{[...new Set(group.findings.map((finding) => finding.file))].join(", ")}</span>
                  )}
                </>
              ) : (
                <>
                  <h3 className="finding-group__title">
                    <Link to={paths.practiceItem(group.key)}>{practices.get(group.key) ?? group.key}</Link>
                  </h3>
                  <code className="finding-group__detail">{group.key}</code>
                </>
              )}
              <span className="finding-group__counts">
                <StatusCounts counts={group.counts} />
              </span>
            </header>
            <ul className="finding-group__list">
              {group.shown.map((finding, index) => (
                <FindingItem key={`${finding.checkId}-${finding.file}-${finding.line}-${index}`} finding={finding} show={by === "object" ? "practice" : "object"} practiceTitle={practices.get(finding.practiceId)} />
              ))}
            </ul>
          </section>
        </li>
      ))}
    </ol>
  );
}
