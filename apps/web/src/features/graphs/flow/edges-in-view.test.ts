import { describe, expect, it } from "vitest";
import type { TLayoutRequest, TLayoutResult } from "../layout/layout-types.ts";
import { absoluteBoxes, edgesNearView } from "./edges-in-view.ts";

const request: TLayoutRequest = {
  direction: "RIGHT",
  containers: [{ id: "outer" }, { id: "inner", parentId: "outer" }],
  boxes: [
    { id: "a", width: 10, height: 10, parentId: "inner" },
    { id: "b", width: 10, height: 10 },
    { id: "c", width: 10, height: 10 },
  ],
  links: [],
};
const layout: TLayoutResult = {
  strategy: "quick",
  width: 0,
  height: 0,
  placements: {
    outer: { x: 100, y: 100, width: 300, height: 300 },
    inner: { x: 20, y: 30, width: 100, height: 100 },
    a: { x: 5, y: 5, width: 10, height: 10 },
    b: { x: 0, y: 0, width: 10, height: 10 },
    c: { x: 5000, y: 5000, width: 10, height: 10 },
  },
};

describe("absoluteBoxes", () => {
  it("adds up the positions of the containers a box sits in", () => {
    const boxes = absoluteBoxes(request, layout);
    expect(boxes.get("a")).toEqual({ x: 125, y: 135, width: 10, height: 10 });
    expect(boxes.get("b")).toEqual({ x: 0, y: 0, width: 10, height: 10 });
  });
});

describe("edgesNearView", () => {
  const boxes = absoluteBoxes(request, layout);
  const edges = [
    { id: "ab", source: "a", target: "b" },
    { id: "bc", source: "b", target: "c" },
    { id: "cc", source: "c", target: "c" },
  ];

  it("keeps edges with an end in view, drops those far away", () => {
    expect(edgesNearView(edges, boxes, { x: 0, y: 0, width: 200, height: 200 }).map((e) => e.id)).toEqual(["ab", "bc"]);
    expect(edgesNearView(edges, boxes, { x: 4900, y: 4900, width: 200, height: 200 }).map((e) => e.id)).toEqual(["bc", "cc"]);
  });

  it("keeps the edges of highlighted nodes wherever they are", () => {
    expect(edgesNearView(edges, boxes, { x: -9000, y: -9000, width: 10, height: 10 }, new Set(["a"])).map((e) => e.id)).toEqual(["ab"]);
  });
});
