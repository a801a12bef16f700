import type { TProgress } from "@topograph/domain";
import { plural } from "../../../lib/labels.ts";

export type { TProgress };

export type TSegmentStatus = "adopted" | "partial" | "not-adopted" | "unknown";

export interface TProgressSegment {
  status: TSegmentStatus;
  count: number;
  /** Share of the practices that apply, 0–100. */
  width: number;
}

/** The bar's parts, in order of merit; items that do not apply are left out, as in the percentage. */
export function progressSegments(progress: TProgress): TProgressSegment[] {
  const parts: [TSegmentStatus, number][] = [
    ["adopted", progress.adopted],
    ["partial", progress.partial],
    ["not-adopted", progress.notAdopted],
    ["unknown", progress.unknown],
  ];
  const total = progress.applicable;
  return parts.filter(([, count]) => count > 0).map(([status, count]) => ({ status, count, width: total === 0 ? 0 : (count / total) * 100 }));
}

/** Practices that apply and are not fully adopted: partially, not at all, or not judged yet. */
export function gapCount(progress: TProgress): number {
  return progress.partial + progress.notAdopted + progress.unknown;
}

/** One sentence for screen readers and tooltips: the percentage and what it is made of. */
export function progressText(progress: TProgress): string {
  if (progress.applicable === 0) return "No practice applies.";
  const parts = [
    `${progress.adopted} adopted`,
    progress.partial ? `${progress.partial} partially` : "",
    progress.notAdopted ? `${progress.notAdopted} not adopted` : "",
    progress.unknown ? `${progress.unknown} unknown` : "",
  ].filter(Boolean);
  return `${progress.percent}% adopted: ${parts.join(", ")}, of ${plural(progress.applicable, "practice")} that apply.`;
}
