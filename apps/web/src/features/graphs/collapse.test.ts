import { describe, expect, it } from "vitest";
import { collapseGroups } from "./collapse.ts";
import type { TGraph } from "./graph-types.ts";
import { demoOwnership } from "./test-graphs.ts";

describe("collapseGroups", () => {
  const graph = demoOwnership({ clusterSlug: "prd" });

  it("keeps every entity and group when nothing is collapsed, parents before children", () => {
    const view = collapseGroups(graph, new Set());
    expect(view.items).toHaveLength(graph.nodes.length);
    expect(view.groups.map((g) => g.id)).toEqual(["group:organisation", "group:cluster:prd", "group:mesh:prd"]);
    expect(view.groups.find((g) => g.id === "group:cluster:prd")?.size).toBe(9);
    expect(view.edges).toHaveLength(graph.edges.length);
    expect(view.edges.every((e) => e.count === 1)).toBe(true);
  });

  it("folds a group into one item that its members' edges now reach, merging parallel ones", () => {
    const view = collapseGroups(graph, new Set(["group:mesh:prd"]));
    const mesh = view.items.find((i) => i.id === "group:mesh:prd");
    expect(mesh).toMatchObject({ type: "collapsed", parentId: "group:cluster:prd", group: { label: "Service mesh", size: 7 } });
    expect(view.items.some((i) => i.id === "namespace:prd-b-service")).toBe(false);
    expect(view.standsFor.get("namespace:prd-b-service")).toBe("group:mesh:prd");
    // The SRE team deploys istio-ingress and istio-egress by hand: one edge to the mesh, counted twice.
    const manual = view.edges.find((e) => e.source === "team:sre" && e.target === "group:mesh:prd");
    expect(manual).toMatchObject({ kind: "deploys", count: 2, label: "Manual (Helmfile)" });
  });

  it("lets the outermost collapsed group win and drops edges that end up inside it", () => {
    const view = collapseGroups(graph, new Set(["group:mesh:prd", "group:cluster:prd"]));
    expect(view.groups.map((g) => g.id)).toEqual(["group:organisation"]);
    expect(view.items.filter((i) => i.type === "collapsed").map((i) => i.id)).toEqual(["group:cluster:prd"]);
    expect(view.standsFor.get("namespace:prd-b-service")).toBe("group:cluster:prd");
    expect(view.edges.some((e) => e.source === e.target)).toBe(false);
  });

  it("keeps emphasis when any merged edge is emphasised and drops labels that differ", () => {
    const small: TGraph = {
      nodes: [
        { id: "team:t", kind: "team", slug: "t", label: "T", facets: {} },
        { id: "namespace:a", kind: "namespace", slug: "a", label: "a", facets: {}, groupId: "g" },
        { id: "namespace:b", kind: "namespace", slug: "b", label: "b", facets: {}, groupId: "g" },
      ],
      edges: [
        { id: "1", source: "team:t", target: "namespace:a", kind: "deploys", label: "GitOps auto-sync" },
        { id: "2", source: "team:t", target: "namespace:b", kind: "deploys", label: "CIOps push", emphasis: true },
      ],
      groups: [{ id: "g", label: "G" }],
      hidden: { nodes: 0, edges: 0 },
      notes: [],
    };
    const [edge] = collapseGroups(small, new Set(["g"])).edges;
    expect(edge).toMatchObject({ source: "team:t", target: "g", count: 2, emphasis: true });
    expect(edge!.label).toBeUndefined();
  });
});
