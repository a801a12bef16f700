import type { TChecklistScope } from "../shared/scope.ts";

/**
 * Two decision points are also catalog settings: recording them changes the setting. Returns what
 * recording the decision at this scope also changes, or null.
 */
export function settingWrittenBy(decisionPointId: string, scope: TChecklistScope): string | null {
  if (decisionPointId === "ownership.mode" && scope.kind === "organisation") return "Recording this also sets the organisation's default ownership mode.";
  if (decisionPointId === "ownership.mode" && scope.kind === "component") return "Recording this also sets this component's ownership mode.";
  if (decisionPointId === "repository.strategy" && scope.kind === "organisation") return "Recording this also sets the organisation's repository strategy.";
  return null;
}

export interface TOwnDecision {
  alternativeId: string;
  rationale: string;
  /** Sent with the next decision for the point, so a concurrent change is not overwritten. */
  version: number;
}

/** This scope's own decision for a point, from the records at this scope (at most one per point). */
export function ownDecision(records: readonly (TOwnDecision & { decisionPointId: string })[], decisionPointId: string): TOwnDecision | undefined {
  const record = records.find((candidate) => candidate.decisionPointId === decisionPointId);
  return record ? { alternativeId: record.alternativeId, rationale: record.rationale, version: record.version } : undefined;
}
