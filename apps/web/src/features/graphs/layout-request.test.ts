import { describe, expect, it } from "vitest";
import { collapseGroups } from "./collapse.ts";
import { layoutRequestOf } from "./layout-request.ts";
import { NODE_HEIGHT, nodeWidth } from "./node-size.ts";
import { demoOwnership } from "./test-graphs.ts";

describe("layoutRequestOf", () => {
  const graph = demoOwnership({ clusterSlug: "prd" });

  it("turns entities into sized boxes in their groups, and groups into containers", () => {
    const request = layoutRequestOf(collapseGroups(graph, new Set()), "RIGHT");
    expect(request.boxes).toHaveLength(graph.nodes.length);
    expect(request.containers.map((c) => c.id)).toEqual(["group:organisation", "group:cluster:prd", "group:mesh:prd"]);
    expect(request.containers.find((c) => c.id === "group:mesh:prd")?.parentId).toBe("group:cluster:prd");
    const team = request.boxes.find((b) => b.id === "team:team-b")!;
    expect(team).toMatchObject({ parentId: "group:organisation", height: NODE_HEIGHT });
    expect(team.width).toBeGreaterThanOrEqual(nodeWidth("Microservice team B", "Team"));
    expect(request.links).toHaveLength(graph.edges.length);
  });

  it("makes a collapsed group one box and drops its members", () => {
    const request = layoutRequestOf(collapseGroups(graph, new Set(["group:cluster:prd"])), "RIGHT");
    expect(request.containers.map((c) => c.id)).toEqual(["group:organisation"]);
    expect(request.boxes.find((b) => b.id === "group:cluster:prd")).toBeDefined();
    expect(request.boxes.some((b) => b.id.startsWith("namespace:"))).toBe(false);
  });

  it("widens boxes for long names, within limits", () => {
    expect(nodeWidth("a", "Team")).toBe(150);
    expect(nodeWidth("a-very-long-repository-name-that-goes-on-and-on", "Kubernetes repository")).toBe(260);
  });
});
