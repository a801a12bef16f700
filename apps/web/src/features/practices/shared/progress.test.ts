import { describe, expect, it } from "vitest";
import { gapCount, progressSegments, progressText } from "./progress.ts";

const progress = { applicable: 20, adopted: 10, partial: 2, notAdopted: 3, unknown: 5, percent: 55 };

describe("progress", () => {
  it("splits the bar by status over the practices that apply, skipping empty parts", () => {
    expect(progressSegments(progress)).toEqual([
      { status: "adopted", count: 10, width: 50 },
      { status: "partial", count: 2, width: 10 },
      { status: "not-adopted", count: 3, width: 15 },
      { status: "unknown", count: 5, width: 25 },
    ]);
    expect(progressSegments({ ...progress, partial: 0 }).map((s) => s.status)).toEqual(["adopted", "not-adopted", "unknown"]);
    expect(progressSegments({ applicable: 0, adopted: 0, partial: 0, notAdopted: 0, unknown: 0, percent: 100 })).toEqual([]);
  });

  it("counts partial, not adopted and unknown as gaps", () => {
    expect(gapCount(progress)).toBe(10);
  });

  it("says the percentage and its parts in a sentence", () => {
    expect(progressText(progress)).toBe("55% adopted: 10 adopted, 2 partially, 3 not adopted, 5 unknown, of 20 practices that apply.");
    expect(progressText({ applicable: 1, adopted: 1, partial: 0, notAdopted: 0, unknown: 0, percent: 100 })).toBe("100% adopted: 1 adopted, of 1 practice that apply.");
    expect(progressText({ applicable: 0, adopted: 0, partial: 0, notAdopted: 0, unknown: 0, percent: 100 })).toBe("No practice applies.");
  });
});
