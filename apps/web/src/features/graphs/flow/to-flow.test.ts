import { describe, expect, it } from "vitest";
import { collapseGroups } from "../collapse.ts";
import type { TLayoutResult } from "../layout/layout-types.ts";
import { layoutRequestOf } from "../layout-request.ts";
import { demoContextMap, demoOwnership } from "../test-graphs.ts";
import { absoluteBoxes } from "./edges-in-view.ts";
import { toFlowEdges, toFlowNodes } from "./to-flow.ts";

/** A stand-in layout: every box and container somewhere, sized as requested. */
function fakeLayout(request: ReturnType<typeof layoutRequestOf>): TLayoutResult {
  const placements: TLayoutResult["placements"] = {};
  request.containers.forEach((c, i) => (placements[c.id] = { x: i * 10, y: 0, width: 500, height: 500 }));
  request.boxes.forEach((b, i) => (placements[b.id] = { x: i, y: i, width: b.width, height: b.height }));
  return { placements, strategy: "quick", width: 1000, height: 1000 };
}

describe("toFlowNodes", () => {
  const view = collapseGroups(demoOwnership({ clusterSlug: "prd" }), new Set(["group:mesh:prd"]));
  const layout = fakeLayout(layoutRequestOf(view, "RIGHT"));
  const nodes = toFlowNodes(view, layout, "RIGHT", { colourOf: () => "#123456", highlighted: new Set(["team:sre"]), expandable: false });

  it("puts frames first and every child after its parent", () => {
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    for (const node of nodes) if (node.parentId) expect(index.get(node.parentId)!).toBeLessThan(index.get(node.id)!);
    expect(nodes[0]).toMatchObject({ id: "group:organisation", type: "frame", selectable: false, focusable: false });
  });

  it("links entities to their pages and describes them for screen readers", () => {
    const team = nodes.find((n) => n.id === "team:sre")!;
    expect(team.type).toBe("entity");
    expect(team.ariaLabel).toBe("Team SRE team. Press Enter to open its page.");
    expect(team.data).toMatchObject({ href: "/teams/sre", colour: "#123456", highlighted: true, caption: "Team" });
    const namespace = nodes.find((n) => n.id === "namespace:prd-x-infra")!;
    expect(namespace.data).toMatchObject({ href: "/namespaces/prd-x-infra", caption: "Namespace · outside the mesh" });
  });

  it("draws a collapsed group as one node inside its parent frame", () => {
    expect(nodes.find((n) => n.id === "group:mesh:prd")).toMatchObject({ type: "collapsed", parentId: "group:cluster:prd" });
  });
});

describe("toFlowEdges", () => {
  it("keeps ELK's routes and moves apart the labels of parallel edges", () => {
    const view = collapseGroups(demoContextMap(), new Set());
    const request = layoutRequestOf(view, "DOWN");
    const layout = fakeLayout(request);
    const route = [{ x: 0, y: 0 }, { x: 10, y: 10 }];
    const edges = toFlowEdges(view, "DOWN", { [view.edges[0]!.id]: route }, absoluteBoxes(request, layout));
    expect(edges[0]!.data!.route).toEqual(route);
    const parallel = edges.filter((e) => e.source === "bounded-context:context-a" && e.target === "bounded-context:context-x");
    expect(parallel.map((e) => e.data!.text)).toEqual(["OHS", "ACL"]);
    expect(parallel[0]!.data!.labelOffset).toBeUndefined();
    expect(parallel[1]!.data!.labelOffset).toEqual({ x: 0, y: 20 });
    expect(edges.every((e) => e.type === "relation" && e.focusable === false)).toBe(true);
  });

  it("leaves labels out of dense graphs", () => {
    const many = { ...collapseGroups(demoContextMap(), new Set()) };
    many.edges = Array.from({ length: 1501 }, (_, i) => ({ ...many.edges[0]!, id: `e${i}` }));
    expect(toFlowEdges(many, "DOWN").some((e) => e.data!.text)).toBe(false);
  });
});
