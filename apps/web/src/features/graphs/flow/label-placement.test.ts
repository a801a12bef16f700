import { describe, expect, it } from "vitest";
import { spreadLabels } from "./label-placement.ts";

describe("spreadLabels", () => {
  it("leaves labels that do not touch where they are", () => {
    const offsets = spreadLabels(
      [
        { id: "a", at: { x: 0, y: 0 }, text: "changes" },
        { id: "b", at: { x: 0, y: 100 }, text: "changes" },
      ],
    );
    expect(offsets.size).toBe(0);
  });

  it("moves colliding labels apart, trying down, up, further down…", () => {
    const same = { x: 500, y: 300 };
    const offsets = spreadLabels(
      [
        { id: "a", at: same, text: "Manual (Helmfile)" },
        { id: "b", at: same, text: "Manual (Helmfile)" },
        { id: "c", at: { x: 510, y: 305 }, text: "Manual (Helmfile)" },
      ],
    );
    expect(offsets.get("a")).toBeUndefined();
    expect(offsets.get("b")).toEqual({ x: 0, y: 20 });
    // c sits a little lower than a: one line up still touches a, so it goes two lines down.
    expect(offsets.get("c")).toEqual({ x: 0, y: 40 });
  });
});
