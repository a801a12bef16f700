import { ANSWER_STATUS_LABELS, ANSWER_STATUSES, type TAnswerStatus } from "@topograph/domain";
import type { TBadgeTone } from "../../../ui/Badge.tsx";

export { ANSWER_STATUS_LABELS, ANSWER_STATUSES, type TAnswerStatus };

/** Colour says how good, the glyph says it without colour, the label says it in words. */
export const STATUS_TONES: Record<TAnswerStatus, TBadgeTone> = {
  adopted: "success",
  partial: "warning",
  "not-adopted": "danger",
  "not-applicable": "neutral",
  unknown: "neutral",
};

export const STATUS_GLYPHS: Record<TAnswerStatus, string> = {
  adopted: "✓",
  partial: "◐",
  "not-adopted": "✕",
  "not-applicable": "–",
  unknown: "?",
};

/** A gap is a practice that applies and is not (fully) adopted, or that no one has judged yet. */
export const GAP_STATUSES: readonly TAnswerStatus[] = ["not-adopted", "partial", "unknown"];

export function isGap(status: string): boolean {
  return (GAP_STATUSES as readonly string[]).includes(status);
}

export function isAnswerStatus(value: string | null | undefined): value is TAnswerStatus {
  return value !== null && value !== undefined && (ANSWER_STATUSES as readonly string[]).includes(value);
}
