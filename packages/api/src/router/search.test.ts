import { describe, expect, it } from "vitest";
import { demoApi, failure, invalidFields } from "../testing/caller.ts";

describe("search", () => {
  it("finds the b-service component first, then its namespaces and repositories", async () => {
    const { api } = await demoApi();
    const { items } = await api.search.query({ q: "b-service" });
    expect(items[0]).toMatchObject({ kind: "component", slug: "b-service" });
    expect(items.map((hit) => `${hit.kind}:${hit.slug}`)).toEqual(
      expect.arrayContaining(["namespace:prd-b-service", "namespace:stg-b-service", "repository:b-service-app", "repository:b-service-kubernetes"]),
    );
  });

  it("matches case-insensitively across kinds, and honours kinds and limit", async () => {
    const { api } = await demoApi();
    expect((await api.search.query({ q: "SRE" })).items[0]).toMatchObject({ kind: "team", slug: "sre" });
    const teamsOnly = await api.search.query({ q: "team", kinds: ["team"], limit: 2 });
    expect(teamsOnly.items).toHaveLength(2);
    expect(teamsOnly.items.every((hit) => hit.kind === "team")).toBe(true);
    expect((await api.search.query({ q: "client x" })).items[0]).toMatchObject({ kind: "solution-area", slug: "client-x-ui" });
    expect((await api.search.query({ q: "context x" })).items[0]).toMatchObject({ kind: "bounded-context", slug: "context-x" });
  });

  it("finds nothing for nonsense and refuses an empty query", async () => {
    const { api } = await demoApi();
    expect((await api.search.query({ q: "zzzz" })).items).toEqual([]);
    expect(invalidFields(await failure(api.search.query({ q: "   " })))).toEqual(["q"]);
  });
});
