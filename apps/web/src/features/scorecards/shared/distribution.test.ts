import { describe, expect, it } from "vitest";
import { distributionSegments, distributionText } from "./distribution.ts";

const distribution = {
  total: 8,
  belowFirst: 2,
  levels: [
    { name: "Bronze", color: "#b0703c", count: 4 },
    { name: "Silver", color: "#8a96a3", count: 0 },
    { name: "Gold", color: "#d4a017", count: 2 },
  ],
};

describe("distributionSegments", () => {
  it("puts below-first first in grey, then the ladder in its colours, with shares of the total", () => {
    const segments = distributionSegments(distribution);
    expect(segments.map((s) => [s.label, s.color, s.width])).toEqual([
      ["Below Bronze", "#c5ccd5", 25],
      ["Bronze", "#b0703c", 50],
      ["Silver", "#8a96a3", 0],
      ["Gold", "#d4a017", 25],
    ]);
  });

  it("gives zero widths when nothing is scored", () => {
    expect(distributionSegments({ ...distribution, total: 0, belowFirst: 0 }).every((s) => s.width === 0)).toBe(true);
  });
});

describe("distributionText", () => {
  it("says every count", () => {
    expect(distributionText(distribution)).toBe("2 below bronze, 4 Bronze, 0 Silver, 2 Gold");
  });

  it("says when nothing is scored", () => {
    expect(distributionText({ total: 0, belowFirst: 0, levels: [] })).toBe("No entities scored");
  });
});
