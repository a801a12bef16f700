import { describe, expect, it } from "vitest";
import { demoApi, failure, invalidFields } from "../testing/caller.ts";

describe("repository procedures", () => {
  it("list repositories by kind and by the team owning their components", async () => {
    const { api } = await demoApi();
    expect((await api.repository.list({})).total).toBe(11);
    expect((await api.repository.list({ kind: "kubernetes" })).total).toBe(6);
    const sre = await api.repository.list({ teamSlug: "sre" });
    expect(sre.items.map((r) => r.slug)).toEqual(["sre-kubernetes"]);
    expect(sre.items[0]?.owningTeams).toEqual([{ slug: "sre", name: "SRE team" }]);
  });

  it("show a repository with its components and owning teams", async () => {
    const { api } = await demoApi();
    const repository = await api.repository.get({ slug: "x-bff-app" });
    expect(repository).toMatchObject({ kind: "application", url: "https://github.com/example-org/x-bff", branchModel: "github-flow", defaultBranch: "main" });
    expect(repository.components.map((c) => c.slug)).toEqual(["x-bff"]);
    expect(repository.owningTeams.map((t) => t.slug)).toEqual(["bff-x"]);
    expect((await failure(api.repository.get({ slug: "nope" }))).code).toBe("NOT_FOUND");
  });

  it("create a shared repository holding components, and reject a bad URL", async () => {
    const { api } = await demoApi();
    await api.repository.create({ name: "proto", url: "https://github.com/example-org/proto", kind: "shared", componentSlugs: ["a-service", "x-service"] });
    expect((await api.component.get({ slug: "x-service" })).repositories.map((r) => r.slug)).toContain("proto");
    expect(invalidFields(await failure(api.repository.create({ name: "bad", url: "not a url", kind: "shared" })))).toEqual(["url"]);
  });

  it("update, refuse stale versions, and delete", async () => {
    const { api } = await demoApi();
    const repository = await api.repository.get({ slug: "sre-kubernetes" });
    const { version } = await api.repository.update({ id: repository.id, version: repository.version, branchModel: "trunk-based", componentSlugs: ["observability-stack"] });
    expect((await api.repository.get({ slug: "sre-kubernetes" })).components.map((c) => c.slug)).toEqual(["observability-stack"]);
    expect((await failure(api.repository.update({ id: repository.id, version: repository.version, name: "x" }))).code).toBe("CONFLICT");
    await api.repository.delete({ id: repository.id, version });
    expect((await api.component.get({ slug: "observability-stack" })).repositories).toEqual([]);
    expect((await failure(api.repository.delete({ id: repository.id, version }))).code).toBe("NOT_FOUND");
  });
});
