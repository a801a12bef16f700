import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "../../../lib/api-error.ts";
import { useTRPC } from "../../../lib/trpc.ts";
import { ErrorBanner } from "../../../ui/ErrorBanner.tsx";
import { Loading } from "../../../ui/Loading.tsx";
import { TrendChart } from "../shared/TrendChart.tsx";
import { RuleResultItem } from "./RuleResultItem.tsx";
import type { TEntityScorecard, TScoredEntityRef } from "./types.ts";

interface TScorecardRulesProps {
  entity: TScoredEntityRef;
  summary: TEntityScorecard;
  panelId: string;
}

/** The expanded view of one scorecard for one entity: its trend, then every rule by level. */
export function ScorecardRules({ entity, summary, panelId }: TScorecardRulesProps) {
  const trpc = useTRPC();
  const input = { scorecardId: summary.scorecard.slug, entity };
  const evaluation = useQuery(trpc.scorecard.evaluate.queryOptions(input));
  const history = useQuery(trpc.scorecard.history.queryOptions(input));
  const [openOnly, setOpenOnly] = useState(false);
  const ladder = summary.scorecard.ladder;
  const entityName = summary.entity.name;

  const data = evaluation.data;
  const blocking = new Set(data?.next?.rules ?? []);
  const rules = data ? (openOnly ? data.rules.filter((rule) => rule.status === "fail" || rule.status === "unknown") : data.rules) : [];
  const levels = ladder.map((level) => ({ level, rules: rules.filter((rule) => rule.level === level.name) })).filter((group) => group.rules.length > 0);

  return (
    <div className="entity-scorecard__panel" id={panelId}>
      <div className="entity-scorecard__trend">
        <h4 className="entity-scorecard__subheading">Trend</h4>
        {history.isError && !history.data ? (
          <ErrorBanner title="Could not load the history." onRetry={() => void history.refetch()}>
            {errorMessage(history.error)}
          </ErrorBanner>
        ) : !history.data ? (
          <Loading label="Loading the history…" />
        ) : history.data.scope === "entity" ? (
          <TrendChart variant="entity" ladder={history.data.ladder} points={history.data.points} label={`${summary.scorecard.name} of ${entityName} over time`} height={200} />
        ) : null}
      </div>
      {evaluation.isError && !data ? (
        <ErrorBanner title="Could not evaluate the rules." onRetry={() => void evaluation.refetch()}>
          {errorMessage(evaluation.error)}
        </ErrorBanner>
      ) : !data ? (
        <Loading label="Evaluating the rules…" />
      ) : (
        <div className="entity-scorecard__rules">
          <div className="entity-scorecard__rules-head">
            <h4 className="entity-scorecard__subheading">Rules</h4>
            <label className="entity-scorecard__toggle">
              <input type="checkbox" checked={openOnly} onChange={(event) => setOpenOnly(event.target.checked)} /> Only failing and unknown
            </label>
          </div>
          {levels.length === 0 ? <p className="subtle">{openOnly ? "No rule fails or is unknown." : "This scorecard has no rules."}</p> : null}
          {levels.map(({ level, rules: levelRules }) => (
            <section key={level.name} className="entity-scorecard__level" aria-label={`${level.name} rules`}>
              <h5 className="entity-scorecard__level-title">
                <span className="entity-scorecard__swatch" style={{ background: level.color }} aria-hidden="true" />
                {level.name}
              </h5>
              <ul className="stack-list entity-scorecard__rule-list">
                {levelRules.map((rule) => (
                  <RuleResultItem
                    key={rule.id}
                    rule={rule}
                    blocks={blocking.has(rule.id) ? (data.next?.level ?? null) : null}
                    scorecard={summary.scorecard}
                    entity={entity}
                    entityName={entityName}
                  />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
