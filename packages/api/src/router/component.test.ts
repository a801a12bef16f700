import { describe, expect, it } from "vitest";
import { demoApi, failure, invalidFields } from "../testing/caller.ts";

describe("component procedures", () => {
  it("filter by kind, owning team, solution area and environment", async () => {
    const { api } = await demoApi();
    expect((await api.component.list({ kind: "sre-tool" })).total).toBe(4);
    expect((await api.component.list({ teamSlug: "team-x" })).items.map((c) => c.slug)).toEqual(["x-service"]);
    expect((await api.component.list({ solutionAreaSlug: "client-x-ui" })).items.map((c) => c.slug).sort()).toEqual(["x-bff", "x-frontend"]);
    expect((await api.component.list({ environmentSlug: "production" })).total).toBe(9);
    const { id, version } = await api.component.create({ name: "not-deployed", kind: "shared-library" });
    expect((await api.component.list({ environmentSlug: "production" })).total).toBe(9);
    await api.component.update({ id, version, namespaceSlugs: ["stg-x-infra"] });
    expect((await api.component.list({ environmentSlug: "staging" })).total).toBe(10);
  });

  it("filter by the ownership mode that applies, counting components that follow the default", async () => {
    const { api } = await demoApi();
    const b = await api.component.get({ slug: "b-service" });
    await api.component.update({ id: b.id, version: b.version, ownershipMode: "collective" });
    expect((await api.component.list({ ownershipMode: "collective" })).items.map((c) => c.slug)).toEqual(["b-service"]);
    expect((await api.component.list({ ownershipMode: "strong" })).total).toBe(8);
  });

  it("list rows carry owners and the effective ownership mode", async () => {
    const { api } = await demoApi();
    const [row] = (await api.component.list({ q: "a-service" })).items;
    expect(row).toMatchObject({ slug: "a-service", kind: "microservice", owners: [{ slug: "team-a", name: "Microservice team A" }] });
    expect(row?.effectiveOwnership).toEqual({ mode: "strong", source: "organisation" });
    expect(row?._count).toEqual({ repositories: 2, deployments: 2, dependencies: 1, dependents: 2 });
  });

  it("show a component's owners, area, repositories, namespaces, dependencies and dependents", async () => {
    const { api } = await demoApi();
    const component = await api.component.get({ slug: "a-service" });
    expect(component.solutionArea).toEqual({ slug: "context-a", name: "Bounded context A", kind: "bounded-context" });
    expect(component.repositories.map((r) => `${r.kind}:${r.slug}`)).toEqual(["application:a-service-app", "kubernetes:a-service-kubernetes"]);
    expect(component.namespaces.map((n) => `${n.cluster.slug}/${n.name}/${n.meshMembership}/${n.deployMethod}`).sort()).toEqual([
      "prd/a-service/sidecar/gitops-auto-sync",
      "stg/a-service/sidecar/gitops-auto-sync",
    ]);
    expect(component.dependencies.map((d) => `${d.slug}:${d.style}`)).toEqual(["b-service:sync"]);
    expect(component.dependents.map((d) => `${d.slug}:${d.style}`)).toEqual(["x-bff:sync", "x-service:sync"]);
    expect(component.dependents[0]?.owners).toEqual([{ slug: "bff-x", name: "BFF team X" }]);
  });

  it("create a component with all its relations", async () => {
    const { api } = await demoApi();
    await api.component.create({
      name: "C Service",
      kind: "microservice",
      ownershipMode: "collective",
      solutionAreaSlug: "context-b",
      ownerTeamSlugs: ["team-b", "team-x"],
      repositorySlugs: ["b-service-app"],
      namespaceSlugs: ["prd-b-service"],
      dependencies: [{ componentSlug: "b-service", style: "async" }],
    });
    const component = await api.component.get({ slug: "c-service" });
    expect(component.owners.map((t) => t.slug)).toEqual(["team-b", "team-x"]);
    expect(component.effectiveOwnership).toEqual({ mode: "collective", source: "component" });
    expect(component.namespaces.map((n) => n.slug)).toEqual(["prd-b-service"]);
    expect(component.dependencies).toMatchObject([{ slug: "b-service", style: "async" }]);
    expect((await api.team.get({ slug: "team-x" })).components.map((c) => c.slug)).toContain("c-service");
  });

  it("name every unknown reference under the field that held it, writing nothing", async () => {
    const { api, db } = await demoApi();
    const error = await failure(api.component.create({ name: "ghost", kind: "microservice", ownerTeamSlugs: ["team-a"], namespaceSlugs: ["prd-nowhere", "stg-nowhere"] }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe('namespaceSlugs: No namespace "prd-nowhere", "stg-nowhere" exists.');
    expect(await db.component.count({ where: { slug: "ghost" } })).toBe(0);
  });

  it("reject bad input with the field that is wrong", async () => {
    const { api } = await demoApi();
    const error = await failure(api.component.create({ name: "x", kind: "microservice", dependencies: [{ componentSlug: "a-service", style: "carrier-pigeon" as never }] }));
    expect(invalidFields(error)).toEqual(["dependencies.0.style"]);
  });

  it("keep labels, and explain a label name that is not allowed", async () => {
    const { api } = await demoApi();
    const created = await api.component.create({ name: "Labelled", kind: "microservice", labels: { tier: "critical", "cost-centre": "42" } });
    expect((await api.component.get({ slug: created.slug })).labels).toEqual({ tier: "critical", "cost-centre": "42" });
    const error = await failure(api.component.create({ name: "Badly labelled", kind: "microservice", labels: { "Has Space": "x" } }));
    expect(invalidFields(error)).toEqual(["labels.Has Space"]);
  });

  it("refuse a component that depends on itself", async () => {
    const { api } = await demoApi();
    const a = await api.component.get({ slug: "a-service" });
    const error = await failure(api.component.update({ id: a.id, version: a.version, dependencies: [{ componentSlug: "b-service", style: "sync" }, { componentSlug: "a-service", style: "sync" }] }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("dependencies.1.componentSlug: A component cannot depend on itself.");
  });

  it("update only the relations sent and keep the others", async () => {
    const { api } = await demoApi();
    const x = await api.component.get({ slug: "x-service" });
    await api.component.update({ id: x.id, version: x.version, lifecycle: "deprecated", ownerTeamSlugs: ["team-x", "team-a"] });
    const after = await api.component.get({ slug: "x-service" });
    expect(after.lifecycle).toBe("deprecated");
    expect(after.owners.map((t) => t.slug)).toEqual(["team-a", "team-x"]);
    expect(after.dependencies).toEqual(x.dependencies);
    expect(after.namespaces).toEqual(x.namespaces);
  });

  it("clear the solution area and go back to the organisation's ownership mode with null", async () => {
    const { api } = await demoApi();
    const b = await api.component.get({ slug: "b-service" });
    const { version } = await api.component.update({ id: b.id, version: b.version, ownershipMode: "collective" });
    await api.component.update({ id: b.id, version, ownershipMode: null, solutionAreaSlug: null });
    const after = await api.component.get({ slug: "b-service" });
    expect(after.effectiveOwnership).toEqual({ mode: "strong", source: "organisation" });
    expect(after.solutionArea).toBeNull();
  });

  it("refuse a stale version and a missing component", async () => {
    const { api } = await demoApi();
    const b = await api.component.get({ slug: "b-service" });
    await api.component.update({ id: b.id, version: b.version, description: "new" });
    expect((await failure(api.component.update({ id: b.id, version: b.version, description: "old" }))).code).toBe("CONFLICT");
    expect((await failure(api.component.get({ slug: "nope" }))).code).toBe("NOT_FOUND");
    expect((await failure(api.component.delete({ id: "nope", version: 1 }))).code).toBe("NOT_FOUND");
  });

  it("refuse to delete a component others depend on, and delete one nobody needs", async () => {
    const { api } = await demoApi();
    const b = await api.component.get({ slug: "b-service" });
    const error = await failure(api.component.delete({ id: b.id, version: b.version }));
    expect(error.code).toBe("PRECONDITION_FAILED");
    expect(error.message).toBe('Cannot delete the component "b-service": it is a dependency of 2 components (a-service, x-service). Reassign or remove those first.');
    const frontend = await api.component.get({ slug: "x-frontend" });
    await api.component.delete({ id: frontend.id, version: frontend.version });
    expect((await api.repository.get({ slug: "x-frontend-app" })).components).toEqual([]);
    expect((await api.namespace.get({ slug: "prd-x-frontend" })).components).toEqual([]);
  });
});
