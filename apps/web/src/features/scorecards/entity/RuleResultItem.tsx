import { useState } from "react";
import { Link } from "react-router";
import { paths } from "../../../lib/paths.ts";
import { RuleStatusBadge } from "../shared/RuleStatusBadge.tsx";
import { RevokeWaiverDialog } from "./RevokeWaiverDialog.tsx";
import type { TRuleResult, TScoredEntityRef } from "./types.ts";
import { WaiveRuleDialog } from "./WaiveRuleDialog.tsx";

interface TRuleResultItemProps {
  rule: TRuleResult;
  /** The next level's name when this rule stands between the entity and it. */
  blocks: string | null;
  scorecard: { slug: string; name: string };
  entity: TScoredEntityRef;
  entityName: string;
}

/** One rule for one entity: its status, why, the facts read and where they come from, and how to fix it. */
export function RuleResultItem({ rule, blocks, scorecard, entity, entityName }: TRuleResultItemProps) {
  const [dialog, setDialog] = useState<"waive" | "revoke" | null>(null);
  const canWaive = rule.status === "fail" || rule.status === "unknown";
  return (
    <li className={`rule-result rule-result--${rule.status}${blocks ? " rule-result--blocking" : ""}`} data-rule-id={rule.id} data-status={rule.status} aria-label={`${rule.title}: ${rule.status}`}>
      <div className="rule-result__head">
        <RuleStatusBadge status={rule.status} />
        <h4 className="rule-result__title">{rule.title}</h4>
        {blocks ? <span className="rule-result__blocks">Blocks {blocks}</span> : null}
        <span className="rule-result__meta">
          <span>{rule.category}</span>
          <span>weight {rule.weight}</span>
        </span>
      </div>
      {rule.waiver ? (
        <p className="rule-result__waiver">
          Waived by {rule.waiver.grantedBy} until <time dateTime={rule.waiver.expiresAt}>{rule.waiver.expiresAt.slice(0, 10)}</time>: “{rule.waiver.reason}”
        </p>
      ) : (
        <p className="rule-result__message">{rule.message}</p>
      )}
      {rule.facts.length > 0 ? (
        <ul className="rule-result__facts" aria-label="Facts read">
          {rule.facts.map((fact, index) => (
            <li key={`${fact.ref}-${index}`}>
              <code>{fact.ref}</code> = <code className={fact.value === "unknown" ? "rule-result__value rule-result__value--unknown" : "rule-result__value"}>{fact.value}</code>
              {fact.detail ? <span className="rule-result__source"> — {fact.detail}</span> : <span className="rule-result__source rule-result__source--none"> — no source recorded</span>}
            </li>
          ))}
        </ul>
      ) : null}
      {rule.status !== "pass" && rule.status !== "waived" && (rule.remediation || rule.practiceId) ? (
        <div className="rule-result__fix">
          <span className="rule-result__fix-label">How to fix: </span>
          {rule.remediation}
          {rule.practiceId ? (
            <span className="rule-result__links">
              {" "}
              <Link to={paths.practiceItem(rule.practiceId)}>Read the practice</Link>
              {" · "}
              <Link to={`${paths.checklist(entity)}#practice-${encodeURIComponent(rule.practiceId)}`}>Answer it in the checklist</Link>
            </span>
          ) : (
            <span className="rule-result__links">
              {" "}
              <Link to={paths.checklist(entity)}>Open the checklist</Link>
            </span>
          )}
        </div>
      ) : null}
      <div className="rule-result__foot">
        <details className="rule-result__expression">
          <summary>Expression</summary>
          <code>{rule.expression}</code>
        </details>
        {canWaive ? (
          <button type="button" className="button button--small" onClick={() => setDialog("waive")} aria-label={`Waive “${rule.title}”…`}>
            Waive…
          </button>
        ) : null}
        {rule.waiver ? (
          <button type="button" className="button button--small button--danger-outline" onClick={() => setDialog("revoke")} aria-label={`Revoke the waiver of “${rule.title}”`}>
            Revoke
          </button>
        ) : null}
      </div>
      {canWaive ? <WaiveRuleDialog open={dialog === "waive"} onClose={() => setDialog(null)} scorecard={scorecard} rule={rule} entity={entity} entityName={entityName} /> : null}
      {rule.waiver ? <RevokeWaiverDialog open={dialog === "revoke"} onClose={() => setDialog(null)} waiver={rule.waiver} ruleTitle={rule.title} /> : null}
    </li>
  );
}
