import { z } from "zod";
import type { TComponentKind } from "../catalog/component.ts";
import { practiceAppliesTo, type TPracticeCatalogue, type TPracticeItem, type TPracticeScope } from "./practice.ts";

export const ANSWER_STATUSES = ["adopted", "partial", "not-adopted", "not-applicable", "unknown"] as const;
export type TAnswerStatus = (typeof ANSWER_STATUSES)[number];
export const ANSWER_STATUS_LABELS: Record<TAnswerStatus, string> = {
  adopted: "Adopted",
  partial: "Partially adopted",
  "not-adopted": "Not adopted",
  "not-applicable": "Not applicable",
  unknown: "Unknown",
};

/** A checklist belongs to one entity: the organisation, a team, a bounded context, a component or a namespace. */
export const ZChecklistScopeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("organisation") }),
  z.object({ kind: z.enum(["team", "bounded-context", "component", "namespace"]), slug: z.string().trim().min(1, "Slug is required.").max(200) }),
]);
export type TChecklistScope = z.infer<typeof ZChecklistScopeSchema>;

export const ZEvidenceLinksSchema = z
  .array(z.string().trim().min(1, "A link cannot be empty.").max(500, "A link must be at most 500 characters."))
  .max(20, "At most 20 evidence links.");

const answerFields = {
  status: z.enum(ANSWER_STATUSES, { error: () => `Status must be one of: ${ANSWER_STATUSES.join(", ")}.` }),
  note: z.string().trim().max(4000, "Note must be at most 4000 characters.").default(""),
  evidenceLinks: ZEvidenceLinksSchema.default([]),
  /** Who answers; until sign-in exists (issue 8) the person types their name. */
  answeredBy: z.string().trim().min(1, "Say who is answering.").max(120, "Name must be at most 120 characters."),
};
const ZItemIdSchema = z.string().trim().min(1, "Practice item is required.").max(120);

/** A practice that does not apply needs a reason, so reviewers can tell a decision from a gap. */
const reasonForNotApplicable = <T extends { status: TAnswerStatus; note: string }>(answer: T) => answer.status !== "not-applicable" || answer.note.length > 0;
const notApplicableIssue = { path: ["note"], message: "Say why the practice does not apply." };

export const ZAnswerFieldsSchema = z.object(answerFields).refine(reasonForNotApplicable, notApplicableIssue);

export const ZSetAnswerInputSchema = z
  .object({ scope: ZChecklistScopeSchema, itemId: ZItemIdSchema, version: z.int().positive().optional(), ...answerFields })
  .refine(reasonForNotApplicable, notApplicableIssue);
export type TSetAnswerInput = z.infer<typeof ZSetAnswerInputSchema>;

export const ZBulkSetAnswerInputSchema = z
  .object({
    scopes: z.array(ZChecklistScopeSchema).min(1, "Choose at least one checklist.").max(500, "At most 500 checklists at once."),
    itemId: ZItemIdSchema,
    ...answerFields,
  })
  .refine(reasonForNotApplicable, notApplicableIssue);
export type TBulkSetAnswerInput = z.infer<typeof ZBulkSetAnswerInputSchema>;

export const ZChecklistHistoryInputSchema = z.object({
  scope: ZChecklistScopeSchema,
  itemId: ZItemIdSchema.optional(),
  cursor: z.string().min(1).max(64).optional(),
  limit: z.int().min(1).max(200).default(50),
});

export interface TRecordedAnswer {
  itemId: string;
  status: TAnswerStatus;
  note: string;
  evidenceLinks: string[];
  answeredBy: string;
  answeredAt: string;
}

export type TAnswerSource = "answered" | "inherited" | "unanswered";

export interface TChecklistEntry {
  item: TPracticeItem;
  status: TAnswerStatus;
  source: TAnswerSource;
  /** Where an inherited answer comes from, e.g. { kind: "organisation" } or a team. */
  inheritedFrom?: { kind: TPracticeScope; slug?: string; name: string };
  answer?: TRecordedAnswer;
}

/** The broader checklists an entity's checklist inherits from, nearest first. */
export interface TInheritedAnswers {
  kind: TPracticeScope;
  slug?: string;
  name: string;
  answers: TRecordedAnswer[];
}

/** Which broader checklists each scope inherits from: a component from its team, its context and the organisation. */
export const INHERITS_FROM: Record<TPracticeScope, readonly TPracticeScope[]> = {
  organisation: [],
  team: ["organisation"],
  "bounded-context": ["organisation"],
  component: ["team", "bounded-context", "organisation"],
  namespace: ["organisation"],
};

/**
 * The items a checklist at `scope` asks: the items judged at that scope (for a component, those that
 * apply to its kind) and, shown as inherited, the items judged at broader scopes, since an
 * organisation-wide practice holds for every team, context, component and namespace in it.
 */
export function checklistItems(catalogue: TPracticeCatalogue, scope: TPracticeScope, componentKind?: TComponentKind): TPracticeItem[] {
  const retired = new Set(catalogue.retiredItemIds);
  return catalogue.items.filter(
    (item) =>
      !retired.has(item.id) &&
      (item.scope === scope ? !componentKind || practiceAppliesTo(item, componentKind) : INHERITS_FROM[scope].includes(item.scope)),
  );
}

/**
 * Resolves each item's status: the entity's own answer wins (an override of an inherited one);
 * otherwise the nearest broader scope's answer is inherited; otherwise it is unknown.
 */
export function resolveChecklist(items: TPracticeItem[], own: TRecordedAnswer[], inherited: TInheritedAnswers[]): TChecklistEntry[] {
  const ownById = new Map(own.map((a) => [a.itemId, a]));
  return items.map((item) => {
    const answer = ownById.get(item.id);
    if (answer) return { item, status: answer.status, source: "answered", answer };
    for (const parent of inherited) {
      const found = parent.answers.find((a) => a.itemId === item.id);
      if (found) return { item, status: found.status, source: "inherited", answer: found, inheritedFrom: { kind: parent.kind, ...(parent.slug ? { slug: parent.slug } : {}), name: parent.name } };
    }
    return { item, status: "unknown", source: "unanswered" };
  });
}

export interface TProgress {
  /** Items asked, less those that do not apply. */
  applicable: number;
  adopted: number;
  partial: number;
  notAdopted: number;
  unknown: number;
  /** Adopted counts fully, partially adopted half; 0–100. */
  percent: number;
}

export function checklistProgress(entries: Pick<TChecklistEntry, "status">[]): TProgress {
  const count = (status: TAnswerStatus) => entries.filter((e) => e.status === status).length;
  const applicable = entries.length - count("not-applicable");
  const adopted = count("adopted");
  const partial = count("partial");
  return {
    applicable,
    adopted,
    partial,
    notAdopted: count("not-adopted"),
    unknown: count("unknown"),
    percent: applicable === 0 ? 100 : Math.round(((adopted + partial / 2) / applicable) * 100),
  };
}
