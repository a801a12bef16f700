import { describe, expect, it } from "vitest";
import { demoApi, failure, invalidFields } from "../testing/caller.ts";

describe("graph procedures", () => {
  it("build the ownership graph from the live catalog, following edits", async () => {
    const { api } = await demoApi();
    const before = await api.graph.ownership({ teamSlug: "team-b", clusterSlug: "prd" });
    expect(before.nodes.map((n) => n.id)).toEqual(["team:team-b", "repository:b-service-app", "repository:b-service-kubernetes", "namespace:prd-b-service"]);
    const namespace = await api.namespace.get({ slug: "prd-b-service" });
    await api.namespace.update({ id: namespace.id, version: namespace.version, deployMethod: "ciops-push" });
    const after = await api.graph.ownership({ teamSlug: "team-b", clusterSlug: "prd" });
    expect(after.edges.find((e) => e.target === "namespace:prd-b-service")).toMatchObject({ source: "repository:b-service-app", label: "CIOps push", emphasis: true });
  });

  it("serve the organisation map, context map and dependency graph", async () => {
    const { api } = await demoApi();
    expect((await api.graph.organisation({})).edges).toHaveLength(6);
    expect((await api.graph.contextMap({})).edges).toHaveLength(4);
    expect((await api.graph.dependencies({ componentKind: "sre-tool" })).edges).toHaveLength(2);
  });

  it("serve an entity's neighbourhood, and NOT_FOUND for an unknown one", async () => {
    const { api } = await demoApi();
    const graph = await api.graph.neighbourhood({ kind: "namespace", slug: "prd-x-infra" });
    expect(graph.nodes.map((n) => n.id)).toEqual(["namespace:prd-x-infra", "component:observability-stack"]);
    expect((await failure(api.graph.neighbourhood({ kind: "bounded-context", slug: "ghost" }))).message).toBe('No bounded context "ghost" exists.');
  });

  it("reject bad filters with the field at fault", async () => {
    const { api } = await demoApi();
    expect(invalidFields(await failure(api.graph.ownership({ maxNodes: 0 })))).toEqual(["maxNodes"]);
    expect(invalidFields(await failure(api.graph.dependencies({ componentKind: "lambda" as never })))).toEqual(["componentKind"]);
    expect(invalidFields(await failure(api.graph.neighbourhood({ kind: "team", slug: "sre", depth: 9 })))).toEqual(["depth"]);
  });
});
