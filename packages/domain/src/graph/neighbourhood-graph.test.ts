import { describe, expect, it } from "vitest";
import { snapshotOf } from "../demo/demo-snapshot.ts";
import { buildNeighbourhoodGraph, ZNeighbourhoodInputSchema } from "./neighbourhood-graph.ts";

const around = (input: object) => buildNeighbourhoodGraph(snapshotOf(), ZNeighbourhoodInputSchema.parse(input));

describe("neighbourhood graph", () => {
  it("shows a component's owner, area, repositories, namespaces, dependencies and dependents at depth 1", () => {
    const graph = around({ kind: "component", slug: "b-service" })!;
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(
      [
        "component:b-service",
        "team:team-b",
        "bounded-context:context-b",
        "repository:b-service-app",
        "repository:b-service-kubernetes",
        "namespace:stg-b-service",
        "namespace:prd-b-service",
        "component:a-service",
        "component:x-service",
      ].sort(),
    );
    expect(graph.edges.find((e) => e.source === "component:x-service" && e.target === "component:b-service")).toMatchObject({ label: "async", emphasis: true });
    expect(graph.notes[0]).toMatch(/more related entries lie one step further out/);
  });

  it("goes further with depth and includes every edge between the nodes it reached", () => {
    const one = around({ kind: "team", slug: "team-b", depth: 1 })!;
    const two = around({ kind: "team", slug: "team-b", depth: 2 })!;
    expect(one.nodes.map((n) => n.id).sort()).toEqual(["bounded-context:context-b", "component:b-service", "team:team-b"]);
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(two.edges.some((e) => e.kind === "context-relationship")).toBe(true);
  });

  it("keeps the nearest nodes under a cap and says how many it left out", () => {
    const graph = around({ kind: "component", slug: "b-service", depth: 3, maxNodes: 4 })!;
    expect(graph.nodes[0]?.id).toBe("component:b-service");
    expect(graph.nodes).toHaveLength(4);
    expect(graph.hidden.nodes).toBeGreaterThan(0);
  });

  it("returns null for an entity that does not exist", () => {
    expect(around({ kind: "namespace", slug: "nowhere" })).toBeNull();
  });
});
