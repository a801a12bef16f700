import { describe, expect, it } from "vitest";
import { parseQuantity, sameQuantity } from "./quantity.ts";

describe("resource quantities", () => {
  it.each([
    ["500m", 0.5],
    ["0.5", 0.5],
    ["2", 2],
    ["1Ki", 1024],
    ["128Mi", 128 * 2 ** 20],
    ["1G", 1e9],
    ["1e3", 1000],
    [3, 3],
  ])("%s is %d", (text, value) => {
    expect(parseQuantity(text)).toBeCloseTo(value);
  });

  it("rejects what is not a quantity", () => {
    expect(parseQuantity("lots")).toBeUndefined();
    expect(parseQuantity("1 Gi")).toBeUndefined();
  });

  it("compares amounts across units", () => {
    expect(sameQuantity("1", "1000m")).toBe(true);
    expect(sameQuantity("1Gi", "1024Mi")).toBe(true);
    expect(sameQuantity("1G", "1Gi")).toBe(false);
  });
});
