import { compileExpression, type TCompiledExpression, type TFactRead } from "./expression.ts";
import { UNKNOWN, type TScoredKind, type TSubjectFacts } from "./facts.ts";
import { filterAdmits, type TRule, type TScorecardDefinition } from "./scorecard.ts";
import { waiverActive, type TWaiver } from "./waiver.ts";

export const RULE_STATUSES = ["pass", "fail", "unknown", "waived"] as const;
export type TRuleStatus = (typeof RULE_STATUSES)[number];

export interface TCompiledRule {
  rule: TRule;
  levelIndex: number;
  expression: TCompiledExpression;
}

export interface TCompiledScorecard {
  definition: TScorecardDefinition;
  rules: TCompiledRule[];
}

/** Compiles every rule once; definitions are validated on save, so a failure here is a bug. */
export function compileScorecard(definition: TScorecardDefinition): TCompiledScorecard {
  const levelIndex = new Map(definition.ladder.map((level, index) => [level.name, index]));
  return {
    definition,
    rules: definition.rules.map((rule) => ({ rule, levelIndex: levelIndex.get(rule.level) ?? 0, expression: compileExpression(rule.expression, definition.entityKind) })),
  };
}

/** Active waivers of one scorecard, by "<kind>:<slug>" then rule ID. */
export type TWaiverIndex = Map<string, Map<string, TWaiver>>;

export function indexWaivers(waivers: readonly TWaiver[], now: Date): TWaiverIndex {
  const index: TWaiverIndex = new Map();
  for (const waiver of waivers) {
    if (!waiverActive(waiver, now)) continue;
    const key = `${waiver.subject.kind}:${waiver.subject.slug}`;
    let rules = index.get(key);
    if (!rules) index.set(key, (rules = new Map()));
    rules.set(waiver.ruleId, waiver);
  }
  return index;
}

/** The compact result of one entity on one scorecard: what rollups, history and lists need. */
export interface TScoreSummary {
  kind: TScoredKind;
  slug: string;
  name: string;
  teamSlugs: readonly string[];
  contextSlugs: readonly string[];
  /** Index into the ladder of the highest level reached; -1 when not even the first. */
  levelIndex: number;
  /** Weighted share of passing rules, 0–100; waived rules count neither way. */
  score: number;
  statuses: TRuleStatus[];
}

export interface TRuleResult {
  id: string;
  title: string;
  level: string;
  category: string;
  weight: number;
  status: TRuleStatus;
  message: string;
  remediation: string;
  practiceId?: string;
  expression: string;
  /** The facts read, for "why": values and where they come from. */
  facts: { ref: string; value: string; detail?: string }[];
  waiver?: { id: string; reason: string; expiresAt: string; grantedBy: string };
}

export interface TEntityScore {
  entity: { kind: TScoredKind; slug: string; name: string };
  level: string | null;
  levelIndex: number;
  score: number;
  counts: Record<TRuleStatus, number>;
  rules: TRuleResult[];
  /** The next level and the rules between here and it that do not pass yet; null at the top. */
  next: { level: string; rules: string[] } | null;
}

function statusOf(value: unknown): TRuleStatus {
  return value === true ? "pass" : value === false ? "fail" : "unknown";
}

/** Highest level whose rules, and all lower levels' rules, pass or are waived. */
function levelReached(rules: readonly TCompiledRule[], statuses: readonly TRuleStatus[], ladderSize: number): number {
  let blocked = ladderSize;
  rules.forEach((rule, i) => {
    if (statuses[i] === "fail" || statuses[i] === "unknown") blocked = Math.min(blocked, rule.levelIndex);
  });
  return blocked - 1;
}

function weightedScore(rules: readonly TCompiledRule[], statuses: readonly TRuleStatus[]): number {
  let passed = 0;
  let counted = 0;
  rules.forEach(({ rule }, i) => {
    if (statuses[i] === "waived") return;
    counted += rule.weight;
    if (statuses[i] === "pass") passed += rule.weight;
  });
  return counted === 0 ? 100 : Math.round((passed / counted) * 1000) / 10;
}

/** Scores every entity the scorecard's filter admits; linear in entities × rules. */
export function scoreAll(scorecard: TCompiledScorecard, subjects: readonly TSubjectFacts[], waivers: TWaiverIndex): TScoreSummary[] {
  const { definition, rules } = scorecard;
  const results: TScoreSummary[] = [];
  for (const subject of subjects) {
    if (subject.kind !== definition.entityKind || !filterAdmits(definition.filter, subject)) continue;
    const waived = waivers.get(`${subject.kind}:${subject.slug}`);
    const statuses = rules.map(({ rule, expression }) => (waived?.has(rule.id) ? "waived" : statusOf(expression.evaluate(subject))));
    results.push({
      kind: subject.kind,
      slug: subject.slug,
      name: subject.name,
      teamSlugs: subject.teamSlugs,
      contextSlugs: subject.contextSlugs,
      levelIndex: levelReached(rules, statuses, definition.ladder.length),
      score: weightedScore(rules, statuses),
      statuses,
    });
  }
  return results;
}

const display = (value: unknown) => (value === UNKNOWN ? "unknown" : JSON.stringify(value));

/** One entity in full: every rule with its status, the reason and the facts behind it. */
export function scoreEntity(scorecard: TCompiledScorecard, subject: TSubjectFacts, waivers: TWaiverIndex): TEntityScore {
  const { definition, rules } = scorecard;
  const waived = waivers.get(`${subject.kind}:${subject.slug}`);
  const results = rules.map(({ rule, expression }): TRuleResult => {
    const reads: TFactRead[] = [];
    const value = expression.evaluate(subject, reads);
    const waiver = waived?.get(rule.id);
    const status: TRuleStatus = waiver ? "waived" : statusOf(value);
    const unknownReads = reads.filter((read) => read.value === UNKNOWN).map((read) => read.ref);
    const message =
      status === "waived"
        ? `Waived until ${waiver!.expiresAt.slice(0, 10)} by ${waiver!.grantedBy}: ${waiver!.reason}`
        : status === "fail"
          ? rule.failureMessage
          : status === "unknown"
            ? `Unknown: nothing establishes ${[...new Set(unknownReads)].join(", ") || "the facts it reads"}.`
            : "Passes.";
    return {
      id: rule.id,
      title: rule.title,
      level: rule.level,
      category: rule.category,
      weight: rule.weight,
      status,
      message,
      remediation: rule.remediation,
      ...(rule.practiceId ? { practiceId: rule.practiceId } : {}),
      expression: rule.expression,
      facts: reads.map((read) => ({ ref: read.ref, value: display(read.value), ...(read.detail ? { detail: read.detail } : {}) })),
      ...(waiver ? { waiver: { id: waiver.id, reason: waiver.reason, expiresAt: waiver.expiresAt, grantedBy: waiver.grantedBy } } : {}),
    };
  });
  const statuses = results.map((r) => r.status);
  const levelIndex = levelReached(rules, statuses, definition.ladder.length);
  const nextIndex = levelIndex + 1;
  const counts = { pass: 0, fail: 0, unknown: 0, waived: 0 };
  for (const status of statuses) counts[status] += 1;
  return {
    entity: { kind: subject.kind, slug: subject.slug, name: subject.name },
    level: levelIndex >= 0 ? definition.ladder[levelIndex]!.name : null,
    levelIndex,
    score: weightedScore(rules, statuses),
    counts,
    rules: results,
    next:
      nextIndex < definition.ladder.length
        ? { level: definition.ladder[nextIndex]!.name, rules: results.filter((r, i) => rules[i]!.levelIndex <= nextIndex && (r.status === "fail" || r.status === "unknown")).map((r) => r.id) }
        : null,
  };
}
