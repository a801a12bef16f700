import { describe, expect, it } from "vitest";
import { formatDelta, formatMetric, formatNumber } from "./metric-format.ts";

describe("metric formatting", () => {
  it("shows figures with at most two decimals, and a dash for nothing measured", () => {
    expect(formatNumber(4.3333)).toBe("4.33");
    expect(formatNumber(1200)).toBe("1,200");
    expect(formatNumber(-1)).toBe("−1");
    expect(formatNumber(null)).toBe("—");
  });

  it("gives percentages their sign", () => {
    expect(formatMetric(37.5, "percent")).toBe("37.5%");
    expect(formatMetric(18, "score")).toBe("18");
    expect(formatMetric(null, "percent")).toBe("—");
  });

  it("signs changes, in points for percentages", () => {
    expect(formatDelta(12.5, "percent")).toBe("+12.5 pts");
    expect(formatDelta(-1, "count")).toBe("−1");
    expect(formatDelta(0, "percent")).toBe("0");
    expect(formatDelta(null)).toBe("—");
  });
});
