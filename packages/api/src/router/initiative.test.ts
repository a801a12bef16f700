import { describe, expect, it } from "vitest";
import { demoApi, failure, invalidFields } from "../testing/caller.ts";

describe("initiatives", () => {
  it("track a goal: entities in scope, those at the target, and who still has work to do", async () => {
    const { api, scores } = await demoApi();
    await scores.record();
    const created = await api.initiative.create({ name: "Microservices at Silver on resilience", scorecardId: "resilience-and-scaling", targetLevel: "Silver", targetDate: "2027-03-31", filter: { componentKinds: ["microservice"] } });
    expect(created.slug).toBe("microservices-at-silver-on-resilience");
    const initiative = await api.initiative.get({ slug: created.slug });
    expect(initiative.status).toMatchObject({ inScope: 3, done: 1 });
    expect(initiative.status.remaining.map((w) => w.team).sort()).toEqual(["team-b", "team-x"]);
    const teamB = initiative.status.remaining.find((w) => w.team === "team-b")!;
    expect(teamB.entities[0]!.blockingRules).toContain("scaling.pod.pdb");
    expect(initiative.progress.at(-1)).toMatchObject({ entities: 3, done: 1 });
    expect(initiative.overdue).toBe(false);
    expect(initiative.scorecard).toEqual({ slug: "resilience-and-scaling", name: "Resilience and scaling", entityKind: "component" });
    expect(initiative.rules.find((r) => r.id === "scaling.pod.pdb")).toEqual({ id: "scaling.pod.pdb", title: "PodDisruptionBudget", level: "Silver" });
    expect((await api.initiative.list()).map((i) => [i.slug, i.status])).toEqual([[created.slug, { inScope: 3, done: 1, percent: 33.3 }]]);
  });

  it("refuse a level the scorecard lacks, an unknown scorecard and a filter for another kind", async () => {
    const { api } = await demoApi();
    const base = { name: "Goal", scorecardId: "testing", targetLevel: "Gold", targetDate: "2027-03-31" };
    expect(invalidFields(await failure(api.initiative.create({ ...base, targetLevel: "Platinum" })))).toEqual(["targetLevel"]);
    expect(invalidFields(await failure(api.initiative.create({ ...base, scorecardId: "nope" })))).toEqual(["scorecardId"]);
    expect(invalidFields(await failure(api.initiative.create({ ...base, scorecardId: "team-organisation", filter: { componentKinds: ["microservice"] } })))).toEqual(["filter.componentKinds"]);
    expect(invalidFields(await failure(api.initiative.create({ ...base, targetDate: "next year" })))).toEqual(["targetDate"]);
  });

  it("edit and delete with the version last read", async () => {
    const { api } = await demoApi();
    const created = await api.initiative.create({ name: "Tested", scorecardId: "testing", targetLevel: "Silver", targetDate: "2027-03-31" });
    const updated = await api.initiative.update({ id: created.id, version: created.version, targetLevel: "Gold" });
    expect(updated.version).toBe(2);
    expect((await failure(api.initiative.update({ id: created.id, version: 1, name: "Stale" }))).message).toMatch(/changed by someone else/);
    await api.initiative.delete({ id: created.id, version: 2 });
    expect(await api.initiative.list()).toEqual([]);
  });
});
