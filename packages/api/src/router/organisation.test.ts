import { describe, expect, it } from "vitest";
import { demoApi, emptyApi, failure, invalidFields } from "../testing/caller.ts";

describe("organisation procedures", () => {
  it("show the organisation-wide decisions", async () => {
    const { api } = await demoApi();
    expect(await api.organisation.get()).toMatchObject({ name: "Example organisation", defaultOwnershipMode: "strong", repositoryStrategy: "polyrepo", version: 1 });
  });

  it("change the default ownership mode, which every component without an override follows", async () => {
    const { api } = await demoApi();
    const b = await api.component.get({ slug: "b-service" });
    await api.component.update({ id: b.id, version: b.version, ownershipMode: "strong" });
    await api.organisation.update({ version: 1, defaultOwnershipMode: "collective" });
    expect((await api.component.get({ slug: "a-service" })).effectiveOwnership).toEqual({ mode: "collective", source: "organisation" });
    expect((await api.component.get({ slug: "b-service" })).effectiveOwnership).toEqual({ mode: "strong", source: "component" });
  });

  it("refuse a stale version and an unknown mode", async () => {
    const { api } = await demoApi();
    await api.organisation.update({ version: 1, name: "Acme" });
    expect((await failure(api.organisation.update({ version: 1, name: "Stale" }))).code).toBe("CONFLICT");
    expect(invalidFields(await failure(api.organisation.update({ version: 2, defaultOwnershipMode: "shared" as never })))).toEqual(["defaultOwnershipMode"]);
    expect((await api.organisation.get()).name).toBe("Acme");
  });

  it("start a new catalog with collective ownership and nothing in it", async () => {
    const { api } = await emptyApi();
    expect((await api.organisation.get()).defaultOwnershipMode).toBe("collective");
    expect((await api.team.list({})).total).toBe(0);
  });
});
