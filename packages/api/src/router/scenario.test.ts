import { describe, expect, it } from "vitest";
import { demoApi, failure, invalidFields, type TCaller } from "../testing/caller.ts";

/** tRPC's caller proxy reads a trailing `.apply(…)` as Function.prototype.apply, so the procedure named apply is called through `.call`. */
const applyScenario = (api: TCaller, input: { scenarioId: string; version: number; acceptChangedBase?: boolean }) => api.scenario.apply.call(null, input);

describe("team-boundary scenarios", () => {
  it("draft changes on the live catalog, measure them, and leave the catalog untouched until applied", async () => {
    const { api } = await demoApi();
    const { id } = await api.scenario.create({ name: "B joins A", description: "Team B is too small." });
    await api.scenario.change({ scenarioId: id, operation: { op: "move", item: { kind: "repository", ref: "b-service-app" }, to: "team-a" } });
    const { deltas } = await api.scenario.metrics({ scenarioId: id });
    const conway = deltas.find((d) => d.id === "conway-alignment")!;
    expect(conway).toMatchObject({ baseline: 25, scenario: 37.5, delta: 12.5, verdict: "better" });
    expect(conway.definition.definition).toContain("stay inside one team");
    expect(deltas.map((d) => d.id)).toHaveLength(11);
    expect((await api.component.get({ slug: "b-service" })).owners.map((o) => o.slug)).toEqual(["team-b"]);

    const view = await api.scenario.get({ scenarioId: id });
    expect(view.changes.map((c) => [c.summary, c.step.status])).toEqual([["Move repository b-service-app to Microservice team A", "ok"]]);
    expect(view.maps.after.changed).toEqual(expect.arrayContaining(["repository:b-service-app", "repository:b-service-kubernetes"]));
    expect(view.maps.before.changed).toContain("team:team-b");
    expect(view.cards.scenario.find((c) => c.slug === "team-b")?.components).toEqual([]);
    expect(view.cards.scenario.find((c) => c.slug === "team-a")?.components).toEqual(["a-service", "b-service"]);
    expect(view.options.teams.map((t) => t.slug)).toContain("team-a");
  });

  it("apply in one transaction and keep the applied scenario as history", async () => {
    const { api } = await demoApi();
    const { id } = await api.scenario.create({ name: "Merge", description: "" });
    await api.scenario.change({ scenarioId: id, operation: { op: "merge-teams", team: "team-b", into: "team-a" } });
    const { scenario } = await api.scenario.get({ scenarioId: id });
    await applyScenario(api, { scenarioId: id, version: scenario.version });
    expect((await api.component.get({ slug: "b-service" })).owners.map((o) => o.slug)).toEqual(["team-a"]);
    expect((await api.scenario.list()).find((s) => s.id === id)).toMatchObject({ status: "applied" });
    const history = await api.scenario.get({ scenarioId: id });
    expect(history.scenario.appliedDiff?.teamsRemoved).toEqual([{ slug: "team-b", name: "Microservice team B", successor: "team-a" }]);
    expect(history.changes.map((c) => [c.summary, c.step.status])).toEqual([["Merge Microservice team B into Microservice team A", "ok"]]);
    expect(history.conflicts).toBe(0);
    expect(history.maps.after.changed).toContain("repository:b-service-app");
    expect((await failure(api.scenario.change({ scenarioId: id, operation: { op: "rename-team", team: "sre", name: "Platform" } }))).message).toContain("was applied");
  });

  it("show conflicts when the base changed, and apply only once confirmed", async () => {
    const { api } = await demoApi();
    const { id } = await api.scenario.create({ name: "Move x-bff", description: "" });
    await api.scenario.change({ scenarioId: id, operation: { op: "move", item: { kind: "component", ref: "x-bff" }, to: "frontend-x" } });
    const component = await api.component.get({ slug: "x-bff" });
    await api.component.update({ id: component.id, version: component.version, ownerTeamSlugs: ["bff-x", "team-x"] });
    const view = await api.scenario.get({ scenarioId: id });
    expect(view.conflicts).toBe(1);
    expect(view.changes[0]?.step.status).toBe("changed");
    const refused = await failure(applyScenario(api, { scenarioId: id, version: view.scenario.version }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toContain("The catalog changed since this change was drafted");
    await applyScenario(api, { scenarioId: id, version: view.scenario.version, acceptChangedBase: true });
    expect((await api.component.get({ slug: "x-bff" })).owners.map((o) => o.slug)).toEqual(["frontend-x"]);
  });

  it("undo any change, unless a later one depends on it", async () => {
    const { api } = await demoApi();
    const { id } = await api.scenario.create({ name: "Enablers", description: "" });
    const created = await api.scenario.change({ scenarioId: id, operation: { op: "create-team", team: { slug: "enablers", name: "Enablers", type: "enabling" } } });
    const rename = await api.scenario.change({ scenarioId: id, operation: { op: "rename-team", team: "sre", name: "Platform team" } });
    await api.scenario.change({ scenarioId: id, operation: { op: "declare-interaction", team: "enablers", withTeam: "team-x", mode: "facilitating" } });
    const blocked = await failure(api.scenario.undo({ scenarioId: id, changeId: created.changeId }));
    expect(blocked.message).toBe('changeId: "Declare Facilitating between Enablers and Microservice team X" depends on this change: undo it first.');
    await api.scenario.undo({ scenarioId: id, changeId: rename.changeId });
    expect((await api.scenario.get({ scenarioId: id })).changes.map((c) => c.operation.op)).toEqual(["create-team", "declare-interaction"]);
  });

  it("compare two scenarios, or one against today", async () => {
    const { api } = await demoApi();
    const merge = await api.scenario.create({ name: "Merge", description: "" });
    await api.scenario.change({ scenarioId: merge.id, operation: { op: "merge-teams", team: "team-b", into: "team-a" } });
    const grow = await api.scenario.create({ name: "Grow B", description: "" });
    await api.scenario.change({ scenarioId: grow.id, operation: { op: "move", item: { kind: "member", ref: "yuki.shimizu@example.com" }, to: "team-b" } });
    const today = await api.scenario.compare({ right: merge.id });
    expect(today.left.name).toBe("Today");
    expect(today.deltas.find((d) => d.id === "team-shape")).toMatchObject({ baseline: 4, scenario: 3 });
    const both = await api.scenario.compare({ left: grow.id, right: merge.id });
    expect(both.diff.teamsRemoved.map((t) => t.slug)).toEqual(["team-b"]);
    expect(both.deltas.find((d) => d.id === "team-shape")).toMatchObject({ baseline: 4, scenario: 3 });
  });

  it("export Markdown with both organisation maps", async () => {
    const { api } = await demoApi();
    const { id } = await api.scenario.create({ name: "Split X", description: "" });
    await api.scenario.change({ scenarioId: id, operation: { op: "split-team", team: "team-x", newTeam: { slug: "team-x-api", name: "Team X API", type: "stream-aligned" }, components: ["x-service"] } });
    const { fileName, markdown } = await api.scenario.exportMarkdown({ scenarioId: id });
    expect(fileName).toBe("scenario-split-x.md");
    expect(markdown).toContain('1. Split "Team X API" off Microservice team X with 1 component(s)');
    expect(markdown.match(/```mermaid/g)).toHaveLength(2);
  });

  it("refuse bad operations with the field that is wrong, writing nothing", async () => {
    const { api } = await demoApi();
    const { id } = await api.scenario.create({ name: "Bad", description: "" });
    expect(invalidFields(await failure(api.scenario.change({ scenarioId: id, operation: { op: "move", item: { kind: "repository", ref: "b-service-app" }, to: "nobody" } })))).toEqual(["operation.to"]);
    expect(invalidFields(await failure(api.scenario.change({ scenarioId: id, operation: { op: "merge-teams", team: "team-a", into: "team-a" } as never })))).toEqual(["operation.into"]);
    expect(invalidFields(await failure(api.scenario.change({ scenarioId: id, operation: { op: "fly" } as never })))).toEqual(["operation.op"]);
    expect((await failure(api.scenario.get({ scenarioId: "missing" }))).code).toBe("NOT_FOUND");
    expect((await api.scenario.get({ scenarioId: id })).changes).toEqual([]);
  });

  it("keep the live catalog's team interactions", async () => {
    const { api } = await demoApi();
    await api.teamInteraction.declare({ teamSlug: "team-a", withTeamSlug: "bff-x", mode: "x-as-a-service" });
    expect((await api.teamInteraction.list({ teamSlug: "bff-x" })).map((i) => `${i.team.slug}>${i.withTeam.slug}:${i.mode}`)).toEqual(expect.arrayContaining(["team-a>bff-x:x-as-a-service"]));
    await api.teamInteraction.declare({ teamSlug: "bff-x", withTeamSlug: "team-a", mode: "collaboration" });
    expect((await api.teamInteraction.list({ teamSlug: "team-a" })).filter((i) => [i.team.slug, i.withTeam.slug].includes("bff-x")).map((i) => i.mode)).toEqual(["collaboration"]);
    expect(invalidFields(await failure(api.teamInteraction.declare({ teamSlug: "team-a", withTeamSlug: "team-a", mode: "collaboration" })))).toEqual(["withTeamSlug"]);
  });
});
