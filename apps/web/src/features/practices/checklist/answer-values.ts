import type { RouterInputs } from "@topograph/api";
import type { TFieldIssue } from "../../../lib/api-error.ts";
import type { TAnswerStatus } from "../shared/answer-status.ts";
import type { TChecklistScope } from "../shared/scope.ts";
import { scopeKindLabel } from "../shared/scope.ts";

/** What the inline answer form edits. */
export interface TAnswerValues {
  status: TAnswerStatus;
  note: string;
  evidenceLinks: string[];
  answeredBy: string;
}

/** The parts of a checklist entry the form starts from. */
export interface TAnswerableEntry {
  item: { id: string };
  status: TAnswerStatus;
  source: "answered" | "inherited" | "unanswered";
  inheritedFrom?: { kind: string; name: string };
  answer?: { note: string; evidenceLinks: string[]; version?: number };
}

/**
 * The form starts from the answer on this checklist when there is one; an override starts from the
 * inherited status with an empty reason; "answered by" is whoever is answering now.
 */
export function initialAnswerValues(entry: TAnswerableEntry, rememberedName: string): TAnswerValues {
  const own = entry.source === "answered" ? entry.answer : undefined;
  return { status: entry.status, note: own?.note ?? "", evidenceLinks: own ? [...own.evidenceLinks] : [], answeredBy: rememberedName };
}

/**
 * What the browser checks before saving. An override needs a reason, so reviewers can tell a
 * deliberate difference from a mistake; the server does not know an answer is an override. The
 * author is checked here too, so both messages come at once rather than one after the other.
 */
export function answerIssues(entry: TAnswerableEntry, values: TAnswerValues): TFieldIssue[] {
  const issues: TFieldIssue[] = [];
  if (entry.source === "inherited" && values.note.trim() === "") {
    const from = entry.inheritedFrom ? ` from ${scopeKindLabel(entry.inheritedFrom.kind).toLowerCase()} ${entry.inheritedFrom.name}` : "";
    issues.push({ path: "note", message: `Say why this checklist differs from the answer inherited${from}.` });
    if (values.answeredBy.trim() === "") issues.push({ path: "answeredBy", message: "Say who is answering." });
  }
  return issues;
}

/** The setAnswer request: the current version of this checklist's own answer, if it has one. */
export function setAnswerInput(scope: TChecklistScope, entry: TAnswerableEntry, values: TAnswerValues): RouterInputs["checklist"]["setAnswer"] {
  const version = entry.source === "answered" ? entry.answer?.version : undefined;
  return {
    scope,
    itemId: entry.item.id,
    status: values.status,
    note: values.note,
    evidenceLinks: values.evidenceLinks,
    answeredBy: values.answeredBy,
    ...(version !== undefined ? { version } : {}),
  };
}
