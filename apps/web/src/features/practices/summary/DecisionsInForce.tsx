import { Link } from "react-router";
import { paths } from "../../../lib/paths.ts";
import type { TScopeDecision } from "../decisions/decision-types.ts";
import "./DecisionsInForce.css";

const SOURCE_TEXT: Record<TScopeDecision["source"], string> = {
  own: "decided here",
  inherited: "inherited",
  setting: "catalog setting",
  undecided: "undecided",
};

/** Each decision point with the alternative in force, one line each; discouraged ones flagged. */
export function DecisionsInForce({ entries }: { entries: TScopeDecision[] }) {
  return (
    <dl className="decisions-in-force" aria-label="Decisions in force">
      {entries.map((entry) => (
        <div key={entry.point.id} className="decisions-in-force__row">
          <dt>
            <Link to={paths.decision(entry.point.id)}>{entry.point.title}</Link>
          </dt>
          <dd>
            {entry.decision ? <strong>{entry.decision.alternativeTitle}</strong> : <span className="subtle">No alternative chosen</span>}{" "}
            <span className="subtle">({SOURCE_TEXT[entry.source]})</span>
            {entry.decision?.warning ? (
              <span className="decisions-in-force__warning" title={entry.decision.warning}>
                {" "}
                ⚠ discouraged
              </span>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
