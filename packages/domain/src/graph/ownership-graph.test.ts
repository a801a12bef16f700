import { describe, expect, it } from "vitest";
import { snapshotOf } from "../demo/demo-snapshot.ts";
import { ZGraphFilterSchema } from "./graph-filter.ts";
import { buildOwnershipGraph, meshGroupId, runtimeGroupId } from "./ownership-graph.ts";
import type { TGraph } from "./graph.ts";

const filter = (input: object = {}) => ZGraphFilterSchema.parse(input);
const edgesOf = (graph: TGraph, kind?: string) =>
  graph.edges.filter((e) => !kind || e.kind === kind).map((e) => `${e.source} -> ${e.target}${e.label ? ` [${e.label}]` : ""}`);

describe("ownership graph of the demo organisation (article 22–23)", () => {
  const graph = buildOwnershipGraph(snapshotOf(), filter({ clusterSlug: "prd" }));

  it("has the article's six teams, eleven repositories and nine namespaces", () => {
    const count = (kind: string) => graph.nodes.filter((n) => n.kind === kind).length;
    expect([count("team"), count("repository"), count("namespace")]).toEqual([6, 11, 9]);
    expect(graph.hidden).toEqual({ nodes: 0, edges: 0 });
  });

  it("routes a microservice team through its application repository, the webhook and its Kubernetes repository", () => {
    expect(edgesOf(graph).filter((e) => e.includes("a-service"))).toEqual([
      "team:team-a -> repository:a-service-app",
      "repository:a-service-app -> repository:a-service-kubernetes [webhook]",
      "repository:a-service-kubernetes -> namespace:prd-a-service [GitOps auto-sync]",
    ]);
  });

  it("lets the SRE team change its Kubernetes repository, auto-deploy x-infra and deploy Istio by hand", () => {
    expect(edgesOf(graph).filter((e) => e.startsWith("team:sre") || e.startsWith("repository:sre"))).toEqual([
      "team:sre -> repository:sre-kubernetes",
      "team:sre -> namespace:prd-istio-system [Manual (Helmfile)]",
      "team:sre -> namespace:prd-istio-ingress [Manual (Helmfile)]",
      "team:sre -> namespace:prd-istio-egress [Manual (Helmfile)]",
      "repository:sre-kubernetes -> namespace:prd-x-infra [GitOps auto-sync]",
    ]);
  });

  it("places namespaces in the mesh, as control plane, or outside the mesh", () => {
    const groupOf = (name: string) => graph.nodes.find((n) => n.id === `namespace:prd-${name}`)?.groupId;
    expect(groupOf("b-service")).toBe(meshGroupId("prd"));
    expect(groupOf("istio-ingress")).toBe(meshGroupId("prd"));
    expect(groupOf("istio-system")).toBe(runtimeGroupId("prd"));
    expect(groupOf("x-infra")).toBe(runtimeGroupId("prd"));
    expect(graph.groups.find((g) => g.id === meshGroupId("prd"))?.parentId).toBe(runtimeGroupId("prd"));
  });

  it("keeps both clusters apart without a cluster filter", () => {
    const both = buildOwnershipGraph(snapshotOf(), filter());
    expect(both.nodes.filter((n) => n.kind === "namespace")).toHaveLength(18);
    expect(both.groups.map((g) => g.id)).toEqual(expect.arrayContaining([runtimeGroupId("stg"), runtimeGroupId("prd")]));
  });
});

describe("ownership graph filters and caps", () => {
  it("shows one team's repositories and namespaces only", () => {
    const graph = buildOwnershipGraph(snapshotOf(), filter({ teamSlug: "frontend-x", environmentSlug: "production" }));
    expect(graph.nodes.map((n) => n.id)).toEqual(["team:frontend-x", "repository:x-frontend-app", "repository:x-frontend-kubernetes", "namespace:prd-x-frontend"]);
  });

  it("filters by bounded context and component kind", () => {
    expect(buildOwnershipGraph(snapshotOf(), filter({ boundedContextSlug: "context-x" })).nodes.filter((n) => n.kind === "team").map((n) => n.slug)).toEqual(["team-x"]);
    expect(buildOwnershipGraph(snapshotOf(), filter({ componentKind: "bff" })).nodes.filter((n) => n.kind === "team").map((n) => n.slug)).toEqual(["bff-x"]);
  });

  it("keeps whole chains under a cap: a component's team, repositories and namespaces together", () => {
    const graph = buildOwnershipGraph(snapshotOf(), filter({ clusterSlug: "prd", maxNodes: 4 }));
    expect(graph.nodes.map((n) => n.id)).toEqual(["team:team-a", "repository:a-service-app", "repository:a-service-kubernetes", "namespace:prd-a-service"]);
    expect(graph.edges).toHaveLength(3);
  });

  it("says how much a node cap left out instead of dropping it silently", () => {
    const graph = buildOwnershipGraph(snapshotOf(), filter({ maxNodes: 6 }));
    expect(graph.nodes).toHaveLength(6);
    expect(graph.hidden.nodes).toBe(6 + 11 + 18 - 6);
    expect(graph.hidden.edges).toBeGreaterThan(0);
    expect(graph.edges.every((e) => graph.nodes.some((n) => n.id === e.source) && graph.nodes.some((n) => n.id === e.target))).toBe(true);
  });

  it("emphasises a CIOps push from the application repository", () => {
    const snapshot = snapshotOf();
    snapshot.namespaces = snapshot.namespaces.map((n) => (n.slug === "prd-b-service" ? { ...n, deployMethod: "ciops-push" } : n));
    const push = buildOwnershipGraph(snapshot, filter({ clusterSlug: "prd" })).edges.find((e) => e.target === "namespace:prd-b-service");
    expect(push).toMatchObject({ source: "repository:b-service-app", label: "CIOps push", emphasis: true });
  });

  it("notes a GitOps deployment without a Kubernetes repository", () => {
    const snapshot = snapshotOf();
    snapshot.components = snapshot.components.map((c) => (c.slug === "b-service" ? { ...c, repositorySlugs: ["b-service-app"] } : c));
    const graph = buildOwnershipGraph(snapshot, filter({ clusterSlug: "prd" }));
    expect(graph.notes).toEqual(["b-service is deployed to b-service by GitOps but has no Kubernetes repository."]);
    expect(graph.edges.find((e) => e.target === "namespace:prd-b-service")).toMatchObject({ source: "repository:b-service-app", emphasis: true });
  });
});
