import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { errorMessage } from "../../../lib/api-error.ts";
import { plural } from "../../../lib/labels.ts";
import { paths } from "../../../lib/paths.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { Section } from "../../../ui/Section.tsx";
import { ProgressBar } from "../shared/ProgressBar.tsx";
import { gapCount } from "../shared/progress.ts";
import type { TChecklistScope } from "../shared/scope.ts";
import { decisionSummary } from "./decision-summary.ts";
import { DecisionsInForce } from "./DecisionsInForce.tsx";
import "./PracticeSummaryCard.css";

interface TPracticeSummaryCardProps {
  scope: TChecklistScope;
  /** Lists every decision in force (the organisation's settings page) instead of one line about them. */
  listDecisions?: boolean;
}

/** A compact view of a scope's checklist for its entity page: progress, gaps and decisions, linking to the full checklist. */
export function PracticeSummaryCard({ scope, listDecisions = false }: TPracticeSummaryCardProps) {
  const trpc = useTRPC();
  const checklist = useQuery(trpc.checklist.get.queryOptions({ scope }));
  const decisions = useQuery(trpc.decision.forScope.queryOptions({ scope }));
  const progress = checklist.data?.progress;
  const gaps = progress ? gapCount(progress) : 0;

  return (
    <Section
      title="Practice checklist"
      actions={
        <Link to={paths.checklist(scope)} className="button button--small">
          Open checklist
        </Link>
      }
    >
      <div className="practice-summary">
        {checklist.isError && !progress ? (
          <p className="practice-summary__error">Could not load the checklist: {errorMessage(checklist.error)}</p>
        ) : !progress ? (
          <p className="subtle">Loading the checklist…</p>
        ) : (
          <div className="practice-summary__progress">
            <span className="practice-summary__percent">{progress.percent}%</span>
            <div className="practice-summary__bar">
              <ProgressBar progress={progress} label="Checklist progress" />
              <p className="practice-summary__counts">
                {progress.adopted} of {plural(progress.applicable, "practice")} adopted
                {gaps > 0 ? (
                  <>
                    {" · "}
                    <Link to={paths.checklist(scope, { gaps: "1" })}>
                      {plural(gaps, "gap")}
                    </Link>{" "}
                    ({progress.notAdopted} not adopted, {progress.partial} partial, {progress.unknown} unknown)
                  </>
                ) : (
                  " · no gaps"
                )}
              </p>
            </div>
          </div>
        )}
        {decisions.data ? (
          listDecisions ? (
            <DecisionsInForce entries={decisions.data} />
          ) : (
            <p className="practice-summary__decisions">
              <Link to={`${paths.checklist(scope)}#decisions`}>{plural(decisions.data.length, "decision point")}</Link>: {decisionSummary(decisions.data)}.
            </p>
          )
        ) : null}
      </div>
    </Section>
  );
}
