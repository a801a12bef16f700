import { describe, expect, it } from "vitest";
import { demoApi, failure, invalidFields } from "../testing/caller.ts";

describe("solution area procedures", () => {
  it("list every area, bounded contexts included, filtered by kind and team", async () => {
    const { api } = await demoApi();
    expect((await api.solutionArea.list({})).total).toBe(5);
    expect((await api.solutionArea.list({ kind: "client-ui" })).items.map((a) => a.slug)).toEqual(["client-x-ui"]);
    const forBff = await api.solutionArea.list({ teamSlug: "bff-x" });
    expect(forBff.items.map((a) => a.slug)).toEqual(["client-x-ui"]);
    expect(forBff.items[0]?.teams.map((t) => t.slug)).toEqual(["bff-x", "frontend-x"]);
  });

  it("show an area with its teams and components", async () => {
    const { api } = await demoApi();
    const area = await api.solutionArea.get({ slug: "cross-cutting" });
    expect(area).toMatchObject({ kind: "cross-cutting", teams: [{ slug: "sre", name: "SRE team" }], boundedContext: null });
    expect(area.components).toHaveLength(4);
    expect((await api.solutionArea.get({ slug: "context-a" })).boundedContext).toEqual({ slug: "context-a", subdomainType: "core" });
    expect((await failure(api.solutionArea.get({ slug: "nowhere" }))).code).toBe("NOT_FOUND");
  });

  it("create a client UI area with its teams", async () => {
    const { api } = await demoApi();
    await api.solutionArea.create({ name: "Client Y UI", kind: "client-ui", teamSlugs: ["frontend-x"] });
    expect((await api.solutionArea.get({ slug: "client-y-ui" })).teams.map((t) => t.slug)).toEqual(["frontend-x"]);
  });

  it("send bounded contexts to their own procedures and name unknown teams", async () => {
    const { api } = await demoApi();
    expect(invalidFields(await failure(api.solutionArea.create({ name: "Ctx", kind: "bounded-context" as never })))).toEqual(["kind"]);
    const error = await failure(api.solutionArea.create({ name: "Y", kind: "client-ui", teamSlugs: ["ghost-team"] }));
    expect(error.message).toBe('teamSlugs: No team "ghost-team" exists.');
  });

  it("update an area's teams, but not a bounded context's area", async () => {
    const { api } = await demoApi();
    const area = await api.solutionArea.get({ slug: "client-x-ui" });
    await api.solutionArea.update({ id: area.id, version: area.version, teamSlugs: ["frontend-x"] });
    expect((await api.solutionArea.get({ slug: "client-x-ui" })).teams.map((t) => t.slug)).toEqual(["frontend-x"]);
    expect((await failure(api.solutionArea.update({ id: area.id, version: area.version, name: "stale" }))).code).toBe("CONFLICT");
    const contextArea = await api.solutionArea.get({ slug: "context-a" });
    const error = await failure(api.solutionArea.update({ id: contextArea.id, version: contextArea.version, name: "Renamed" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain('change it through the bounded context "context-a"');
  });

  it("refuse to delete an area that holds components, and delete an empty one", async () => {
    const { api } = await demoApi();
    const area = await api.solutionArea.get({ slug: "client-x-ui" });
    const error = await failure(api.solutionArea.delete({ id: area.id, version: area.version }));
    expect(error.message).toBe('Cannot delete the solution area "Client X UI": it holds 2 components (x-bff, x-frontend). Reassign or remove those first.');
    const empty = await api.solutionArea.create({ name: "Empty", kind: "cross-cutting" });
    await api.solutionArea.delete(empty);
    expect((await failure(api.solutionArea.get({ slug: "empty" }))).code).toBe("NOT_FOUND");
  });
});
