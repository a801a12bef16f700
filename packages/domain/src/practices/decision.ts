import { z } from "zod";
import type { TDecisionAlternative, TDecisionPoint, TPracticeCatalogue } from "./practice.ts";
import { ZChecklistScopeSchema } from "./checklist.ts";

export const ZRecordDecisionInputSchema = z.object({
  scope: ZChecklistScopeSchema,
  decisionPointId: z.string().trim().min(1, "Decision point is required.").max(120),
  alternativeId: z.string().trim().min(1, "Choose an alternative.").max(120),
  rationale: z.string().trim().max(8000, "Rationale must be at most 8000 characters.").default(""),
  decidedBy: z.string().trim().min(1, "Say who decided.").max(120, "Name must be at most 120 characters."),
  /** The version of the scope's current decision the caller saw; leave out for a first decision. */
  version: z.int().positive().optional(),
});
export type TRecordDecisionInput = z.infer<typeof ZRecordDecisionInputSchema>;

export const ZDecisionListInputSchema = z.object({
  decisionPointId: z.string().trim().min(1).max(120).optional(),
  scope: ZChecklistScopeSchema.optional(),
  cursor: z.string().min(1).max(64).optional(),
  limit: z.int().min(1).max(200).default(50),
});
export type TDecisionListInput = z.infer<typeof ZDecisionListInputSchema>;

/** Finds a decision point and one of its alternatives, naming the input field that is wrong. */
export function findAlternative(
  catalogue: TPracticeCatalogue,
  decisionPointId: string,
  alternativeId: string,
): { point: TDecisionPoint; alternative: TDecisionAlternative } | { error: { path: string; message: string } } {
  const point = catalogue.decisionPoints.find((p) => p.id === decisionPointId);
  if (!point) return { error: { path: "decisionPointId", message: `No decision point "${decisionPointId}" exists. Known: ${catalogue.decisionPoints.map((p) => p.id).join(", ")}.` } };
  const alternative = point.alternatives.find((a) => a.id === alternativeId);
  if (!alternative) return { error: { path: "alternativeId", message: `"${alternativeId}" is not an alternative of "${point.title}". Choose one of: ${point.alternatives.map((a) => a.id).join(", ")}.` } };
  return { point, alternative };
}
