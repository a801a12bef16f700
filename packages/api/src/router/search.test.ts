import { describe, expect, it } from "vitest";
import { ScoreRecorder } from "../scoring/score-recorder.ts";
import { apiAs, demoApi, failure, invalidFields, signedInCaller, type TCaller } from "../testing/caller.ts";

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

describe("search after catalog writes", () => {
  const found = async (api: TCaller, q: string) => (await api.search.query({ q })).items.map((hit) => `${hit.kind}:${hit.slug}:${hit.name}`);

  it("sees what the previous write added, renamed or deleted", async () => {
    const { api } = await demoApi();
    expect(await found(api, "quokka")).toEqual([]);
    const created = await api.component.create({ name: "Quokka service", kind: "microservice" });
    expect(await found(api, "quokka")).toEqual(["component:quokka-service:Quokka service"]);
    const renamed = await api.component.update({ id: created.id, version: created.version, name: "Wombat service" });
    expect(await found(api, "wombat")).toEqual(["component:quokka-service:Wombat service"]);
    await api.component.delete({ id: renamed.id, version: renamed.version });
    expect(await found(api, "quokka")).toEqual([]);
  });

  it("shows a namespace under its cluster's new name once the cluster is renamed", async () => {
    const { api } = await demoApi();
    const detailOf = async () => (await api.search.query({ q: "prd-b-service", kinds: ["namespace"] })).items[0]?.detail;
    const before = await detailOf();
    const listed = (await api.cluster.list({})).items.find((c) => before?.startsWith(`${c.name} · `));
    const cluster = await api.cluster.get({ slug: listed!.slug });
    await api.cluster.update({ id: cluster.id, version: cluster.version, name: "Renamed cluster" });
    expect(await detailOf()).toBe(before!.replace(`${cluster.name} · `, "Renamed cluster · "));
  });

  it("sees a write made through another server process on the same database", async () => {
    const { api, db } = await demoApi();
    // A second process: its own caches, told of the write only through the shared change marker.
    const otherReplica = apiAs(db, await signedInCaller(db, "viewer"), { scores: new ScoreRecorder(db, () => new Date()) });
    expect(await found(otherReplica, "platypus")).toEqual([]);
    await api.team.create({ name: "Platypus team", type: "stream-aligned" });
    expect(await found(otherReplica, "platypus")).toEqual(["team:platypus-team:Platypus team"]);
  });
});
