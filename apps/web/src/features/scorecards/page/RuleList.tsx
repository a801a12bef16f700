import { Link } from "react-router";
import { paths } from "../../../lib/paths.ts";
import { Badge } from "../../../ui/Badge.tsx";
import { LevelBadge } from "../shared/LevelBadge.tsx";
import { RuleStatusBadge } from "../shared/RuleStatusBadge.tsx";
import type { TScorecard } from "../shared/scorecard-types.ts";
import "./RuleList.css";

/** Each rule as its author wrote it, with how many entities pass it now. */
export function RuleList({ scorecard }: { scorecard: Pick<TScorecard, "definition" | "ladder" | "rules"> }) {
  const tallies = new Map(scorecard.rules.map((tally) => [tally.id, tally]));
  const levelIndex = new Map(scorecard.ladder.map((level, index) => [level.name, index]));
  return (
    <ol className="rule-list">
      {scorecard.definition.rules.map((rule) => {
        const tally = tallies.get(rule.id);
        return (
          <li key={rule.id} className="rule-list__rule" id={`rule-${rule.id}`}>
            <div className="rule-list__header">
              <h3 className="rule-list__title">{rule.title}</h3>
              <code className="subtle">{rule.id}</code>
            </div>
            <div className="rule-list__meta">
              <LevelBadge ladder={scorecard.ladder} levelIndex={levelIndex.get(rule.level) ?? 0} size="small" />
              <Badge>{rule.category}</Badge>
              <span className="subtle">Weight {rule.weight}</span>
              {tally ? (
                <span className="rule-list__tally">
                  <RuleStatusBadge status="pass" count={tally.pass} />
                  <RuleStatusBadge status="fail" count={tally.fail} />
                  <RuleStatusBadge status="unknown" count={tally.unknown} />
                  {tally.waived > 0 ? <RuleStatusBadge status="waived" count={tally.waived} /> : null}
                </span>
              ) : null}
            </div>
            <pre className="rule-list__expression">
              <code>{rule.expression}</code>
            </pre>
            <dl className="rule-list__texts">
              <dt>When it fails</dt>
              <dd>{rule.failureMessage}</dd>
              {rule.remediation || rule.practiceId ? (
                <>
                  <dt>Remediation</dt>
                  <dd>
                    {rule.remediation}
                    {rule.practiceId ? (
                      <>
                        {rule.remediation ? " " : null}
                        <Link to={paths.practiceItem(rule.practiceId)}>
                          See the practice <code>{rule.practiceId}</code>
                        </Link>
                      </>
                    ) : null}
                  </dd>
                </>
              ) : null}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
