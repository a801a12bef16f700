import { GRAPH_NODE_KINDS } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { mergeGraphs, parseNodeId } from "./merge-graphs.ts";
import { demoNeighbourhood } from "./test-graphs.ts";

describe("mergeGraphs", () => {
  it("adds what lies around an expanded node, each node and edge once", () => {
    const centre = demoNeighbourhood("component", "b-service");
    const around = demoNeighbourhood("component", "a-service");
    const merged = mergeGraphs(centre, [around]);
    const ids = merged.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("team:team-a");
    expect(ids.slice(0, centre.nodes.length)).toEqual(centre.nodes.map((n) => n.id));
    expect(new Set(merged.edges.map((e) => e.id)).size).toBe(merged.edges.length);
    expect(merged.notes).toEqual(centre.notes);
  });
});

describe("parseNodeId", () => {
  it("splits at the first colon and checks the kind", () => {
    expect(parseNodeId("namespace:prd-a-service", GRAPH_NODE_KINDS)).toEqual({ kind: "namespace", slug: "prd-a-service" });
    expect(parseNodeId("group:mesh:prd", GRAPH_NODE_KINDS)).toBeNull();
    expect(parseNodeId("team:", GRAPH_NODE_KINDS)).toBeNull();
  });
});
