import { describe, expect, it } from "vitest";
import { availableColourings, colourGraph, MAX_COLOURS, OTHER_COLOUR, PALETTE } from "./colour.ts";
import type { TGraph } from "./graph-types.ts";
import { demoContextMap, demoDependencies, demoOwnership } from "./test-graphs.ts";

describe("colourGraph", () => {
  it("gives each team a palette colour in order of first appearance, with a legend counting members", () => {
    const graph = demoDependencies();
    const { colourOf, legend } = colourGraph(graph, "team", (slug) => ({ sre: "SRE team" })[slug]);
    expect(legend.map((e) => e.colour)).toEqual(PALETTE.slice(0, legend.length));
    expect(legend.map((e) => e.value)).toEqual([...new Set(graph.nodes.map((n) => n.facets.team))]);
    const sre = legend.find((e) => e.value === "sre")!;
    expect(sre).toMatchObject({ label: "SRE team", count: 4 });
    expect(colourOf(graph.nodes.find((n) => n.facets.team === "sre")!)).toBe(sre.colour);
  });

  it("keeps vocabulary colours fixed across views", () => {
    const byMode = colourGraph(demoDependencies(), "ownership-mode");
    expect(byMode.legend).toEqual([{ value: "strong", label: "Strong ownership", colour: "#6a4c93", count: 9 }]);
    const bySubdomain = colourGraph(demoContextMap(), "subdomain");
    expect(bySubdomain.legend.find((e) => e.value === "core")?.colour).toBe("#c0392b");
  });

  it("names kinds finely: component kinds and repository kinds", () => {
    const labels = colourGraph(demoOwnership(), "kind").legend.map((e) => e.label);
    expect(labels).toEqual(["Team", "Application repository", "Kubernetes repository", "Namespace"]);
  });

  it("leaves nodes without the fact uncoloured", () => {
    const graph = demoOwnership();
    const { colourOf } = colourGraph(graph, "mesh");
    expect(colourOf(graph.nodes.find((n) => n.kind === "team")!)).toBeUndefined();
  });

  it("gives the most frequent values their own colour and the rest one grey 'Other'", () => {
    const teams = Array.from({ length: 20 }, (_, i) => `team-${i}`);
    const graph: TGraph = {
      nodes: teams.flatMap((team, i) => Array.from({ length: i + 1 }, (_, k) => ({ id: `component:${team}-${k}`, kind: "component" as const, slug: `${team}-${k}`, label: team, facets: { team } }))),
      edges: [],
      groups: [],
      hidden: { nodes: 0, edges: 0 },
      notes: [],
    };
    const { legend, colourOf } = colourGraph(graph, "team");
    expect(legend).toHaveLength(MAX_COLOURS);
    expect(legend.at(-1)).toMatchObject({ label: "Other (9 more)", colour: OTHER_COLOUR });
    expect(colourOf(graph.nodes[0]!)).toBe(OTHER_COLOUR);
    expect(colourOf(graph.nodes.at(-1)!)).not.toBe(OTHER_COLOUR);
  });
});

describe("availableColourings", () => {
  it("offers what the graph's nodes carry", () => {
    expect(availableColourings(demoDependencies())).toEqual(["team", "kind", "ownership-mode", "none"]);
    expect(availableColourings(demoOwnership())).toEqual(["team", "kind", "mesh", "deploy-method", "none"]);
  });
});
