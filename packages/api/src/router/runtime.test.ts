import { describe, expect, it } from "vitest";
import { demoApi, failure, invalidFields } from "../testing/caller.ts";

describe("cluster and environment procedures", () => {
  it("list environments in promotion order and clusters by name, with namespace counts", async () => {
    const { api } = await demoApi();
    expect((await api.environment.list({})).items.map((e) => [e.slug, e._count.namespaces])).toEqual([["staging", 9], ["production", 9]]);
    expect((await api.cluster.list({})).items.map((c) => c.slug)).toEqual(["prd", "stg"]);
  });

  it("show a cluster and an environment with their namespaces", async () => {
    const { api } = await demoApi();
    const cluster = await api.cluster.get({ slug: "prd" });
    expect(cluster).toMatchObject({ provider: "AWS EKS", region: "ap-northeast-1" });
    expect(cluster.namespaces).toHaveLength(9);
    expect((await api.environment.get({ slug: "staging" })).namespaces.map((n) => n.slug)).toContain("stg-a-service");
    expect((await failure(api.cluster.get({ slug: "mars" }))).code).toBe("NOT_FOUND");
    expect((await failure(api.environment.get({ slug: "qa" }))).code).toBe("NOT_FOUND");
  });

  it("create, update and delete clusters and environments", async () => {
    const { api } = await demoApi();
    const cluster = await api.cluster.create({ name: "DR cluster", region: "ap-northeast-3" });
    const updated = await api.cluster.update({ id: cluster.id, version: cluster.version, provider: "GKE" });
    expect((await api.cluster.get({ slug: "dr-cluster" })).provider).toBe("GKE");
    expect((await failure(api.cluster.update({ id: cluster.id, version: cluster.version, name: "x" }))).code).toBe("CONFLICT");
    await api.cluster.delete({ id: cluster.id, version: updated.version });

    const environment = await api.environment.create({ name: "Test", rank: 1 });
    expect((await api.environment.list({})).items.map((e) => e.slug)).toEqual(["test", "staging", "production"]);
    const { version } = await api.environment.update({ id: environment.id, version: environment.version, description: "CI deploys here" });
    expect((await failure(api.environment.update({ id: environment.id, version: environment.version, rank: 5 }))).code).toBe("CONFLICT");
    await api.environment.delete({ id: environment.id, version });
    expect((await failure(api.environment.delete({ id: environment.id, version }))).code).toBe("NOT_FOUND");
  });

  it("reject bad input and refuse to delete what hosts namespaces", async () => {
    const { api } = await demoApi();
    expect(invalidFields(await failure(api.environment.create({ name: "Neg", rank: -1 })))).toEqual(["rank"]);
    expect(invalidFields(await failure(api.cluster.create({ name: "" })))).toEqual(["name"]);
    const prd = await api.cluster.get({ slug: "prd" });
    expect((await failure(api.cluster.delete({ id: prd.id, version: prd.version }))).message).toMatch(/^Cannot delete the cluster "Production cluster": it hosts 9 namespaces \(a-service, b-service, istio-egress, …\)/);
    const staging = await api.environment.get({ slug: "staging" });
    expect((await failure(api.environment.delete({ id: staging.id, version: staging.version }))).code).toBe("PRECONDITION_FAILED");
  });
});
