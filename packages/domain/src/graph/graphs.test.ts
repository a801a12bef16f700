import { describe, expect, it } from "vitest";
import { snapshotOf } from "../demo/demo-snapshot.ts";
import { buildContextMapGraph } from "./context-map-graph.ts";
import { buildDependencyGraph } from "./dependency-graph.ts";
import type { TGraph } from "./graph.ts";
import { ZGraphFilterSchema } from "./graph-filter.ts";
import { buildOrganisationGraph } from "./organisation-graph.ts";

const filter = (input: object = {}) => ZGraphFilterSchema.parse(input);
const edges = (graph: TGraph) => graph.edges.map((e) => `${e.source} -> ${e.target}${e.label ? ` [${e.label}]` : ""}${e.emphasis ? " !" : ""}`);

describe("organisation map", () => {
  it("links each team to the solution area it answers for, as in the article", () => {
    const graph = buildOrganisationGraph(snapshotOf(), filter());
    expect(edges(graph)).toEqual([
      "team:team-a -> bounded-context:context-a",
      "team:team-b -> bounded-context:context-b",
      "team:team-x -> bounded-context:context-x",
      "team:frontend-x -> solution-area:client-x-ui",
      "team:bff-x -> solution-area:client-x-ui",
      "team:sre -> solution-area:cross-cutting",
    ]);
    expect(graph.notes).toEqual(['Client UI "Client X UI" has 2 teams.']);
  });

  it("calls out an area with no team and a bounded context with several", () => {
    const snapshot = snapshotOf();
    snapshot.solutionAreas = snapshot.solutionAreas.map((a) =>
      a.slug === "cross-cutting" ? { ...a, teamSlugs: [] } : a.slug === "context-a" ? { ...a, teamSlugs: ["team-a", "team-b"] } : a,
    );
    const graph = buildOrganisationGraph(snapshot, filter());
    expect(graph.notes).toEqual(expect.arrayContaining(['Cross-cutting area "Cross-cutting area" has no team.', 'Bounded context "Bounded context A" has 2 teams.']));
    expect(edges(graph)).toContain("team:team-b -> bounded-context:context-a !");
    expect(graph.nodes.find((n) => n.id === "solution-area:cross-cutting")).toBeDefined();
  });

  it("narrows to one team and what it answers for", () => {
    const graph = buildOrganisationGraph(snapshotOf(), filter({ teamSlug: "bff-x" }));
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(["solution-area:client-x-ui", "team:bff-x", "team:frontend-x"]);
  });

  it("keeps areas with their teams when a cap applies, so capped maps still show who answers for what", () => {
    const graph = buildOrganisationGraph(snapshotOf(), filter({ maxNodes: 4 }));
    expect(graph.nodes.map((n) => n.id)).toEqual(["bounded-context:context-a", "team:team-a", "bounded-context:context-b", "team:team-b"]);
    expect(graph.edges).toHaveLength(2);
  });
});

describe("context map", () => {
  it("draws every relationship upstream to downstream with its pattern", () => {
    expect(edges(buildContextMapGraph(snapshotOf(), filter()))).toEqual([
      "bounded-context:context-b -> bounded-context:context-a [U C/S D]",
      "bounded-context:context-a -> bounded-context:context-x [U OHS D]",
      "bounded-context:context-a -> bounded-context:context-x [U ACL D]",
      "bounded-context:context-b -> bounded-context:context-x [U CF D]",
    ]);
  });

  it("shows a context's partners when filtered to it, cutting no relationship in half", () => {
    const graph = buildContextMapGraph(snapshotOf(), filter({ boundedContextSlug: "context-b" }));
    expect(graph.nodes.map((n) => n.slug).sort()).toEqual(["context-a", "context-b", "context-x"]);
    expect(graph.edges).toHaveLength(2);
    const forTeamX = buildContextMapGraph(snapshotOf(), filter({ teamSlug: "team-x" }));
    expect(forTeamX.edges).toHaveLength(3);
  });
});

describe("dependency graph", () => {
  it("shows every dependency, emphasising those that cross team boundaries", () => {
    const graph = buildDependencyGraph(snapshotOf(), filter());
    expect(edges(graph)).toEqual([
      "component:a-service -> component:b-service [sync] !",
      "component:x-service -> component:a-service [sync] !",
      "component:x-service -> component:b-service [async] !",
      "component:x-bff -> component:x-service [sync] !",
      "component:x-bff -> component:a-service [sync] !",
      "component:x-frontend -> component:x-bff [sync] !",
      "component:istio-ingress-gateway -> component:istio-control-plane [sync]",
      "component:istio-egress-gateway -> component:istio-control-plane [sync]",
    ]);
    expect(graph.nodes.find((n) => n.slug === "x-bff")?.facets).toEqual({ team: "bff-x", componentKind: "bff", ownershipMode: "strong" });
  });

  it("keeps a team's components with their direct dependencies and dependents", () => {
    const graph = buildDependencyGraph(snapshotOf(), filter({ teamSlug: "team-a" }));
    expect(graph.nodes.map((n) => n.slug).sort()).toEqual(["a-service", "b-service", "x-bff", "x-service"]);
    expect(graph.edges).toHaveLength(3);
  });
});
