import { describe, expect, it } from "vitest";
import { availableGroupings, groupGraph } from "./grouping.ts";
import { demoDependencies, demoNeighbourhood, demoOrganisation, demoOwnership } from "./test-graphs.ts";

describe("groupGraph", () => {
  it("keeps the server's groups as they are", () => {
    const graph = demoOwnership();
    expect(groupGraph(graph, "server")).toBe(graph);
  });

  it("drops every group for 'none'", () => {
    const grouped = groupGraph(demoOwnership(), "none");
    expect(grouped.groups).toEqual([]);
    expect(grouped.nodes.every((n) => n.groupId === undefined)).toBe(true);
  });

  it("groups by team with the team's name, leaving nodes without a team (namespaces) outside", () => {
    const grouped = groupGraph(demoOwnership({ clusterSlug: "prd" }), "team");
    const teamB = grouped.groups.find((g) => g.id === "group:by-team:team-b");
    expect(teamB?.label).toBe("Microservice team B");
    const members = grouped.nodes.filter((n) => n.groupId === "group:by-team:team-b").map((n) => n.id);
    expect(members).toEqual(["team:team-b", "repository:b-service-app", "repository:b-service-kubernetes"]);
    expect(grouped.nodes.filter((n) => n.kind === "namespace").every((n) => !n.groupId)).toBe(true);
  });

  it("does not frame a single member", () => {
    // In the dependency graph every team but SRE owns one component.
    const grouped = groupGraph(demoDependencies(), "team");
    expect(grouped.groups.map((g) => g.id)).toEqual(["group:by-team:sre"]);
  });

  it("groups by solution area through answers-for and belongs-to relations", () => {
    const organisation = groupGraph(demoOrganisation(), "solution-area");
    const clientUi = organisation.nodes.filter((n) => n.groupId === "group:by-solution-area:solution-area:client-x-ui").map((n) => n.id);
    expect(clientUi.sort()).toEqual(["solution-area:client-x-ui", "team:bff-x", "team:frontend-x"]);
    const around = groupGraph(demoNeighbourhood("team", "team-b", 2), "solution-area");
    expect(around.nodes.find((n) => n.id === "component:b-service")?.groupId).toBe("group:by-solution-area:bounded-context:context-b");
  });

  it("groups components by the namespace they run in, and names clusters from the server's groups", () => {
    const around = groupGraph(demoNeighbourhood("namespace" as never, "prd-b-service"), "namespace");
    expect(around.groups.map((g) => g.label)).toContain("b-service (Production cluster)");
    const clusters = groupGraph(demoOwnership(), "cluster");
    expect(clusters.groups.map((g) => g.label).sort()).toEqual(["Production cluster", "Staging cluster"]);
  });
});

describe("availableGroupings", () => {
  it("offers only groupings that form a group in this graph", () => {
    expect(availableGroupings(demoOwnership())).toEqual(["server", "team", "cluster", "kind", "none"]);
    expect(availableGroupings(demoOrganisation())).toEqual(["server", "solution-area", "kind", "none"]);
    expect(availableGroupings(demoDependencies())).toEqual(["team", "none"]);
  });
});
