import { describe, expect, it } from "vitest";
import { demoApi, failure, invalidFields } from "../testing/caller.ts";

describe("bounded context procedures", () => {
  it("list contexts with their teams, filtered by subdomain type and team", async () => {
    const { api } = await demoApi();
    const core = await api.boundedContext.list({ subdomainType: "core" });
    expect(core.items.map((c) => c.slug)).toEqual(["context-a", "context-x"]);
    expect((await api.boundedContext.list({ teamSlug: "team-b" })).items.map((c) => c.teams)).toEqual([[{ slug: "team-b", name: "Microservice team B" }]]);
  });

  it("show a context's relationships from its own side, with components and teams", async () => {
    const { api } = await demoApi();
    const context = await api.boundedContext.get({ slug: "context-a" });
    expect(context).toMatchObject({ subdomainType: "core", complexity: "complicated", teams: [{ slug: "team-a" }], components: [{ slug: "a-service" }] });
    expect(context.relationships.map((r) => `${r.role}:${r.pattern}:${r.other.slug}`).sort()).toEqual([
      "downstream:customer-supplier:context-b",
      "upstream:anticorruption-layer:context-x",
      "upstream:open-host-service:context-x",
    ]);
  });

  it("create a context together with its solution area", async () => {
    const { api } = await demoApi();
    await api.boundedContext.create({ name: "Billing", subdomainType: "generic", complexity: "simple", purpose: "Invoices", teamSlugs: ["team-b"] });
    const area = await api.solutionArea.get({ slug: "billing" });
    expect(area).toMatchObject({ kind: "bounded-context", name: "Billing", description: "Invoices", teams: [{ slug: "team-b" }] });
  });

  it("refuse a slug that a solution area already uses, and bad vocabulary", async () => {
    const { api } = await demoApi();
    const error = await failure(api.boundedContext.create({ name: "Cross", slug: "cross-cutting", subdomainType: "core" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain('already used by the solution area "Cross-cutting area"');
    expect(invalidFields(await failure(api.boundedContext.create({ name: "Z", subdomainType: "central" as never })))).toEqual(["subdomainType"]);
  });

  it("keep the solution area in step when a context is renamed", async () => {
    const { api } = await demoApi();
    const context = await api.boundedContext.get({ slug: "context-b" });
    await api.boundedContext.update({ id: context.id, version: context.version, name: "Catalogue", slug: "catalogue", teamSlugs: ["team-a", "team-b"] });
    const area = await api.solutionArea.get({ slug: "catalogue" });
    expect(area).toMatchObject({ name: "Catalogue", teams: [{ slug: "team-a" }, { slug: "team-b" }] });
    expect((await failure(api.boundedContext.update({ id: context.id, version: context.version, name: "Stale" }))).code).toBe("CONFLICT");
  });

  it("relate and unrelate contexts, refusing duplicates and self-relations", async () => {
    const { api } = await demoApi();
    const { id } = await api.boundedContext.relate({ upstreamSlug: "context-x", downstreamSlug: "context-b", pattern: "partnership", description: "" });
    expect((await api.boundedContext.get({ slug: "context-b" })).relationships.map((r) => r.pattern)).toContain("partnership");
    const duplicate = await failure(api.boundedContext.relate({ upstreamSlug: "context-x", downstreamSlug: "context-b", pattern: "partnership" }));
    expect(duplicate.code).toBe("CONFLICT");
    expect(invalidFields(await failure(api.boundedContext.relate({ upstreamSlug: "context-a", downstreamSlug: "context-a", pattern: "conformist" })))).toEqual([
      "downstreamSlug",
    ]);
    expect((await failure(api.boundedContext.relate({ upstreamSlug: "context-a", downstreamSlug: "ghost", pattern: "conformist" }))).message).toBe(
      'downstreamSlug: No bounded context "ghost" exists.',
    );
    await api.boundedContext.unrelate({ id });
    expect((await failure(api.boundedContext.unrelate({ id }))).code).toBe("NOT_FOUND");
  });

  it("refuse to delete a context that holds components; delete an empty one with its area and relationships", async () => {
    const { api, db } = await demoApi();
    const a = await api.boundedContext.get({ slug: "context-a" });
    expect((await failure(api.boundedContext.delete({ id: a.id, version: a.version }))).message).toContain("it holds 1 component (a-service)");
    const created = await api.boundedContext.create({ name: "Temp", subdomainType: "supporting" });
    await api.boundedContext.relate({ upstreamSlug: "temp", downstreamSlug: "context-a", pattern: "published-language" });
    await api.boundedContext.delete(created);
    expect(await db.solutionArea.count({ where: { slug: "temp" } })).toBe(0);
    expect(await db.contextRelationship.count({ where: { pattern: "published-language" } })).toBe(0);
    expect((await failure(api.boundedContext.delete(created))).code).toBe("NOT_FOUND");
  });
});
