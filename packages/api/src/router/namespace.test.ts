import { describe, expect, it } from "vitest";
import { demoApi, failure, invalidFields } from "../testing/caller.ts";

describe("namespace procedures", () => {
  it("filter namespaces by cluster, environment, mesh membership, deploy method and team", async () => {
    const { api } = await demoApi();
    expect((await api.namespace.list({})).total).toBe(18);
    expect((await api.namespace.list({ environmentSlug: "production" })).total).toBe(9);
    expect((await api.namespace.list({ clusterSlug: "stg", meshMembership: "control-plane" })).items.map((n) => n.slug)).toEqual(["stg-istio-system"]);
    expect((await api.namespace.list({ deployMethod: "manual-helmfile", clusterSlug: "prd" })).items.map((n) => n.name)).toEqual([
      "istio-egress",
      "istio-ingress",
      "istio-system",
    ]);
    expect((await api.namespace.list({ teamSlug: "frontend-x" })).items.map((n) => n.slug).sort()).toEqual(["prd-x-frontend", "stg-x-frontend"]);
  });

  it("show what runs in a namespace and who owns it", async () => {
    const { api } = await demoApi();
    const namespace = await api.namespace.get({ slug: "prd-x-infra" });
    expect(namespace).toMatchObject({ name: "x-infra", meshMembership: "outside", deployMethod: "gitops-auto-sync", cluster: { slug: "prd" }, environment: { slug: "production" } });
    expect(namespace.components).toMatchObject([{ slug: "observability-stack", owners: [{ slug: "sre" }] }]);
  });

  it("create a namespace with a slug derived from cluster and name", async () => {
    const { api } = await demoApi();
    const created = await api.namespace.create({ name: "y-service", clusterSlug: "prd", environmentSlug: "production", meshMembership: "sidecarless", deployMethod: "gitops-auto-sync" });
    expect(created.slug).toBe("prd-y-service");
  });

  it("refuse a name the cluster already has, an unknown cluster and a name that is not a DNS label", async () => {
    const { api } = await demoApi();
    const base = { clusterSlug: "prd", environmentSlug: "production", meshMembership: "sidecar" as const, deployMethod: "gitops-auto-sync" as const };
    const duplicate = await failure(api.namespace.create({ ...base, name: "b-service", slug: "another" }));
    expect(duplicate.code).toBe("CONFLICT");
    expect(duplicate.message).toBe('The cluster already has a namespace "b-service".');
    expect((await failure(api.namespace.create({ ...base, name: "z", clusterSlug: "moon" }))).message).toBe('clusterSlug: No cluster "moon" exists.');
    expect(invalidFields(await failure(api.namespace.create({ ...base, name: "Not_Valid" })))).toEqual(["name"]);
  });

  it("move a namespace to another environment, refusing stale versions", async () => {
    const { api } = await demoApi();
    const namespace = await api.namespace.get({ slug: "stg-x-infra" });
    await api.namespace.update({ id: namespace.id, version: namespace.version, environmentSlug: "production", meshMembership: "sidecarless" });
    expect(await api.namespace.get({ slug: "stg-x-infra" })).toMatchObject({ environment: { slug: "production" }, meshMembership: "sidecarless", cluster: { slug: "stg" } });
    expect((await failure(api.namespace.update({ id: namespace.id, version: namespace.version, description: "x" }))).code).toBe("CONFLICT");
    expect((await failure(api.namespace.get({ slug: "nope" }))).code).toBe("NOT_FOUND");
  });

  it("refuse to delete a namespace components run in, and delete an empty one", async () => {
    const { api } = await demoApi();
    const namespace = await api.namespace.get({ slug: "prd-b-service" });
    expect((await failure(api.namespace.delete({ id: namespace.id, version: namespace.version }))).message).toBe(
      'Cannot delete the namespace "b-service": it runs 1 component (b-service). Reassign or remove those first.',
    );
    const created = await api.namespace.create({ name: "scratch", clusterSlug: "stg", environmentSlug: "staging", meshMembership: "outside", deployMethod: "ciops-push" });
    await api.namespace.delete(created);
    expect((await failure(api.namespace.get({ slug: "stg-scratch" }))).code).toBe("NOT_FOUND");
  });
});
