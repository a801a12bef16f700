import type { TRuleStatus } from "@topograph/domain";
import "./RuleStatusBadge.css";

export const RULE_STATUS_LABELS: Record<TRuleStatus, string> = {
  pass: "Pass",
  fail: "Fail",
  unknown: "Unknown",
  waived: "Waived",
};

/** What each status means, for the badge's tooltip. */
const RULE_STATUS_HINTS: Record<TRuleStatus, string> = {
  pass: "The rule holds for this entity.",
  fail: "The facts show the rule does not hold.",
  unknown: "Nothing establishes the facts the rule reads: answer the checklist or add evidence.",
  waived: "Excused for this entity until the waiver expires.",
};

const GLYPHS: Record<TRuleStatus, string> = { pass: "✓", fail: "✕", unknown: "?", waived: "⊘" };

/**
 * A rule's status for one entity. Each status differs in colour, glyph, border style and word:
 * unknown (dashed, amber, "?") is never mistaken for fail (solid, red, "✕"), nor waived (violet, "⊘").
 */
export function RuleStatusBadge({ status, count }: { status: TRuleStatus; count?: number }) {
  return (
    <span className={`rule-status rule-status--${status}${count === 0 ? " rule-status--zero" : ""}`} title={RULE_STATUS_HINTS[status]} data-status={status}>
      <span className="rule-status__glyph" aria-hidden="true">
        {GLYPHS[status]}
      </span>
      {count === undefined ? RULE_STATUS_LABELS[status] : `${count} ${RULE_STATUS_LABELS[status].toLowerCase()}`}
    </span>
  );
}
