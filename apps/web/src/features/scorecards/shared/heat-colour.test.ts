import { describe, expect, it } from "vitest";
import { formatPercent, passRateColour } from "./heat-colour.ts";

describe("passRateColour", () => {
  it("runs from red at 0 to green at 100", () => {
    expect(passRateColour(0)).toBe("hsl(0 68% 80%)");
    expect(passRateColour(50)).toBe("hsl(60 68% 80%)");
    expect(passRateColour(100)).toBe("hsl(120 68% 80%)");
  });

  it("clamps rates outside 0–100", () => {
    expect(passRateColour(-5)).toBe(passRateColour(0));
    expect(passRateColour(140)).toBe(passRateColour(100));
  });

  it("has no colour when nothing is judged", () => {
    expect(passRateColour(null)).toBeNull();
  });
});

describe("formatPercent", () => {
  it("rounds to whole percentages", () => {
    expect(formatPercent(66.7)).toBe("67%");
    expect(formatPercent(100)).toBe("100%");
    expect(formatPercent(0)).toBe("0%");
  });
});
