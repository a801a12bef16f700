import { useQuery } from "@tanstack/react-query";
import { errorMessage } from "../../../lib/api-error.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { Loading } from "../../../ui/Loading.tsx";
import { Section } from "../../../ui/Section.tsx";
import type { TChecklistScope } from "../shared/scope.ts";
import { ownDecision } from "./decision-source.ts";
import { DecisionRow } from "./DecisionRow.tsx";
import "./ScopeDecisions.css";

/** Every decision point as it stands for one scope, each with a way to record this scope's own choice. */
export function ScopeDecisions({ scope }: { scope: TChecklistScope }) {
  const trpc = useTRPC();
  const decisions = useQuery(trpc.decision.forScope.queryOptions({ scope }));
  // This scope's own records, for the version a changed decision must name (at most one per point).
  const own = useQuery(trpc.decision.list.queryOptions({ scope, limit: 200 }));
  const failed = decisions.error ?? own.error;

  return (
    <div id="decisions" className="scope-decisions">
      <Section title="Architecture decisions" count={decisions.data?.length} flush>
        <p className="scope-decisions__intro">
          The article's decision points: which alternative is in force here and where that comes from. A decision recorded here overrides the one inherited from a broader
          scope.
        </p>
        {failed && !(decisions.data && own.data) ? (
          <ErrorBanner
            title="Could not load the decisions."
            onRetry={() => {
              void decisions.refetch();
              void own.refetch();
            }}
          >
            {errorMessage(failed)}
          </ErrorBanner>
        ) : !decisions.data || !own.data ? (
          <Loading label="Loading the decisions…" />
        ) : (
          <ul className="scope-decisions__list">
            {decisions.data.map((entry) => (
              <DecisionRow key={entry.point.id} scope={scope} entry={entry} own={ownDecision(own.data.items, entry.point.id)} />
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
