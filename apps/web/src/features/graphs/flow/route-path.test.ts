import { describe, expect, it } from "vitest";
import { labelPoint, midpoint, pointNear, roundedPath } from "./route-path.ts";

describe("route paths", () => {
  const route = [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 200 }];

  it("rounds corners", () => {
    expect(roundedPath(route)).toBe("M 0 0 L 90 0 Q 100 0 100 10 L 100 200");
    expect(roundedPath([{ x: 0, y: 0 }, { x: 5, y: 5 }])).toBe("M 0 0 L 5 5");
  });

  it("finds the middle, and labels a bent route on its last leg", () => {
    expect(midpoint(route)).toEqual({ x: 100, y: 50 });
    expect(labelPoint(route)).toEqual({ x: 100, y: 100 });
    expect(labelPoint([{ x: 0, y: 0 }, { x: 200, y: 0 }])).toEqual({ x: 100, y: 0 });
  });

  it("finds points near either end, beside the line", () => {
    expect(pointNear(route, 20, 10)).toEqual({ x: 20, y: -10 });
    expect(pointNear(route, -20, 10)).toEqual({ x: 110, y: 180 });
  });
});
