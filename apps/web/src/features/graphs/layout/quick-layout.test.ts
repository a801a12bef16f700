import { describe, expect, it } from "vitest";
import type { TLayoutRequest, TPlacement } from "./layout-types.ts";
import { quickLayout } from "./quick-layout.ts";

const box = (id: string, parentId?: string) => ({ id, width: 120, height: 40, ...(parentId ? { parentId } : {}) });
const overlaps = (a: TPlacement, b: TPlacement) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("quickLayout", () => {
  it("puts every link's target in a later layer (to the right)", () => {
    const request: TLayoutRequest = {
      direction: "RIGHT",
      containers: [],
      boxes: ["a", "b", "c", "d"].map((id) => box(id)),
      links: [
        { id: "1", source: "a", target: "b" },
        { id: "2", source: "b", target: "c" },
        { id: "3", source: "a", target: "d" },
      ],
    };
    const { placements } = quickLayout(request);
    expect(placements.b!.x).toBeGreaterThan(placements.a!.x);
    expect(placements.c!.x).toBeGreaterThan(placements.b!.x);
    expect(placements.d!.x).toBe(placements.b!.x);
    expect(overlaps(placements.b!, placements.d!)).toBe(false);
  });

  it("lays out downwards when asked", () => {
    const { placements } = quickLayout({ direction: "DOWN", containers: [], boxes: [box("a"), box("b")], links: [{ id: "1", source: "a", target: "b" }] });
    expect(placements.b!.y).toBeGreaterThan(placements.a!.y);
    expect(placements.b!.x).toBe(placements.a!.x);
  });

  it("survives cycles", () => {
    const { placements } = quickLayout({
      direction: "RIGHT",
      containers: [],
      boxes: [box("a"), box("b"), box("c")],
      links: [
        { id: "1", source: "a", target: "b" },
        { id: "2", source: "b", target: "c" },
        { id: "3", source: "c", target: "a" },
      ],
    });
    expect(Object.keys(placements)).toHaveLength(3);
  });

  it("sizes containers around their members, which are placed relative to them without overlapping", () => {
    const request: TLayoutRequest = {
      direction: "RIGHT",
      containers: [{ id: "g" }],
      boxes: [box("a", "g"), box("b", "g"), box("c", "g"), box("out")],
      links: [{ id: "1", source: "a", target: "out" }],
    };
    const { placements } = quickLayout(request);
    const group = placements.g!;
    for (const id of ["a", "b", "c"]) {
      const member = placements[id]!;
      expect(member.x).toBeGreaterThanOrEqual(0);
      expect(member.y).toBeGreaterThanOrEqual(0);
      expect(member.x + member.width).toBeLessThanOrEqual(group.width);
      expect(member.y + member.height).toBeLessThanOrEqual(group.height);
    }
    expect(overlaps(placements.a!, placements.b!) || overlaps(placements.b!, placements.c!) || overlaps(placements.a!, placements.c!)).toBe(false);
    expect(placements.out!.x).toBeGreaterThan(group.x + group.width - 1);
  });

  it("folds very long layers and wraps very deep chains, so big drawings stay roughly square", () => {
    const many = Array.from({ length: 2000 }, (_, i) => box(`n${i}`));
    const fan = quickLayout({ direction: "RIGHT", containers: [], boxes: [box("root"), ...many], links: many.map((b) => ({ id: b.id, source: "root", target: b.id })) });
    expect(fan.height / fan.width).toBeLessThan(4);
    const chain = quickLayout({ direction: "RIGHT", containers: [], boxes: many, links: many.slice(1).map((b, i) => ({ id: b.id, source: `n${i}`, target: b.id })) });
    expect(chain.width / chain.height).toBeLessThan(8);
  });

  it("lays out 5,000 boxes and 8,000 links in well under a second", () => {
    const boxes = Array.from({ length: 5000 }, (_, i) => box(`n${i}`));
    const links = Array.from({ length: 8000 }, (_, i) => ({ id: `l${i}`, source: `n${(i * 7919) % 5000}`, target: `n${(i * 104729 + 1) % 5000}` }));
    const started = performance.now();
    const result = quickLayout({ direction: "RIGHT", containers: [], boxes, links });
    expect(Object.keys(result.placements)).toHaveLength(5000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
