import { describe, expect, it } from "vitest";
import { demoApi, failure, invalidFields } from "../testing/caller.ts";

describe("team procedures", () => {
  it("list teams by name with a total, filtered by text and Team Topologies type", async () => {
    const { api } = await demoApi();
    const all = await api.team.list({});
    expect(all.total).toBe(6);
    expect(all.items.map((t) => t.name)).toEqual(["BFF team X", "Frontend team X", "Microservice team A", "Microservice team B", "Microservice team X", "SRE team"]);
    expect((await api.team.list({ type: "platform" })).items.map((t) => t.slug)).toEqual(["sre"]);
    expect((await api.team.list({ q: "microservice" })).total).toBe(3);
  });

  it("page through teams with a cursor, never repeating or skipping one", async () => {
    const { api } = await demoApi();
    const first = await api.team.list({ limit: 4 });
    expect(first.items).toHaveLength(4);
    expect(first.nextCursor).not.toBeNull();
    const second = await api.team.list({ limit: 4, cursor: first.nextCursor! });
    expect(second.items.map((t) => t.slug)).toEqual(["team-x", "sre"]);
    expect(second.nextCursor).toBeNull();
  });

  it("reject a page size beyond the maximum", async () => {
    const { api } = await demoApi();
    const error = await failure(api.team.list({ limit: 10_000 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(invalidFields(error)).toEqual(["limit"]);
  });

  it("show a team with its members, areas, components, repositories and namespaces", async () => {
    const { api } = await demoApi();
    const team = await api.team.get({ slug: "team-b" });
    expect(team).toMatchObject({ name: "Microservice team B", type: "stream-aligned", contactChannel: "#team-b", version: 1 });
    expect(team.members.map((m) => m.name)).toEqual(["Daichi Kato", "Emi Abe"]);
    expect(team.solutionAreas.map((a) => a.slug)).toEqual(["context-b"]);
    expect(team.components.map((c) => c.slug)).toEqual(["b-service"]);
    expect(team.repositories.map((r) => r.slug)).toEqual(["b-service-app", "b-service-kubernetes"]);
    expect(team.namespaces.map((n) => n.slug).sort()).toEqual(["prd-b-service", "stg-b-service"]);
  });

  it("answer NOT_FOUND for an unknown slug", async () => {
    const { api } = await demoApi();
    const error = await failure(api.team.get({ slug: "nobody" }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe('No team "nobody" exists.');
  });

  it("create a team with a slug derived from its name, and its members", async () => {
    const { api } = await demoApi();
    const created = await api.team.create({ name: "Payments Team", type: "stream-aligned", members: [{ name: "Ann", email: "ann@example.com", role: "Lead" }] });
    expect(created).toMatchObject({ slug: "payments-team", version: 1 });
    const team = await api.team.get({ slug: "payments-team" });
    expect(team.members).toEqual([{ name: "Ann", email: "ann@example.com", role: "Lead" }]);
  });

  it("reject a team without a name or with an unknown type, naming each field", async () => {
    const { api, db } = await demoApi();
    const error = await failure(api.team.create({ name: " ", type: "squad" as never }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(invalidFields(error).sort()).toEqual(["name", "type"]);
    expect(await db.team.count()).toBe(6);
  });

  it("reject a slug another team already uses", async () => {
    const { api } = await demoApi();
    const error = await failure(api.team.create({ name: "Another A", slug: "team-a", type: "platform" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain('already used by the team "Microservice team A"');
  });

  it("update only the fields sent, and bump the version", async () => {
    const { api } = await demoApi();
    const before = await api.team.get({ slug: "team-a" });
    const updated = await api.team.update({ id: before.id, version: before.version, name: "Team Alpha" });
    expect(updated.version).toBe(2);
    const after = await api.team.get({ slug: "team-a" });
    expect(after.name).toBe("Team Alpha");
    expect(after.members).toEqual(before.members);
  });

  it("refuse an update based on a stale version, leaving the row unchanged", async () => {
    const { api } = await demoApi();
    const team = await api.team.get({ slug: "team-a" });
    await api.team.update({ id: team.id, version: 1, description: "first edit" });
    const error = await failure(api.team.update({ id: team.id, version: 1, description: "second edit" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("changed by someone else");
    expect((await api.team.get({ slug: "team-a" })).description).toBe("first edit");
  });

  it("answer NOT_FOUND when updating or deleting a team that does not exist", async () => {
    const { api } = await demoApi();
    expect((await failure(api.team.update({ id: "missing", version: 1, name: "x" }))).code).toBe("NOT_FOUND");
    expect((await failure(api.team.delete({ id: "missing", version: 1 }))).code).toBe("NOT_FOUND");
  });

  it("refuse to delete a team that owns components or answers for areas, saying why", async () => {
    const { api } = await demoApi();
    const team = await api.team.get({ slug: "sre" });
    const error = await failure(api.team.delete({ id: team.id, version: team.version }));
    expect(error.code).toBe("PRECONDITION_FAILED");
    expect(error.message).toBe(
      'Cannot delete the team "SRE team": it owns 4 components (Istio control plane, Istio egress gateway, Istio ingress gateway, …) and answers for 1 solution area (Cross-cutting area). Reassign or remove those first.',
    );
    expect((await api.team.get({ slug: "sre" })).members).toHaveLength(3);
  });

  it("delete an unreferenced team with its members", async () => {
    const { api, db } = await demoApi();
    const { id, version } = await api.team.create({ name: "Short-lived", type: "enabling", members: [{ name: "Bo", email: "bo@example.com" }] });
    await api.team.delete({ id, version });
    expect((await failure(api.team.get({ slug: "short-lived" }))).code).toBe("NOT_FOUND");
    expect(await db.teamMember.count({ where: { email: "bo@example.com" } })).toBe(0);
  });
});
