import { describe, expect, it } from "vitest";
import { demoApi, failure, invalidFields } from "../testing/caller.ts";

/** A clock the test moves by hand, so expiry and daily snapshots are exact. */
function clock(start: string) {
  let now = new Date(start);
  return { now: () => now, advanceDays: (days: number) => (now = new Date(now.getTime() + days * 24 * 3600 * 1000)) };
}
const bService = { kind: "component" as const, slug: "b-service" };

/** History answers in the shape of its scope; a test asks for one scope and reads that shape. */
function pointsOf<S extends "entity" | "group" | "scorecard", H extends { scope: string; points: unknown[] }>(history: H, scope: S): Extract<H, { scope: S }>["points"] {
  if (history.scope !== scope) throw new Error(`Expected ${scope} history, got ${history.scope}.`);
  return history.points as Extract<H, { scope: S }>["points"];
}
const liveness = { scorecardId: "deployment-readiness", ruleId: "deploy.probes.liveness", entity: bService };

describe("waivers and score history", () => {
  it("waive a blocking rule: the level rises, the rule reads as waived, and history records the change", async () => {
    const time = clock("2026-11-23T10:00:00Z");
    const { api, scores } = await demoApi({ now: time.now });
    await scores.record();
    const before = pointsOf(await api.scorecard.history({ scorecardId: "deployment-readiness", entity: bService }), "entity");
    expect(before.map((p) => p.levelIndex)).toEqual([-1]);

    time.advanceDays(1 / 24);
    await api.waiver.create({ ...liveness, reason: "Liveness endpoint ships with release 4.2 next sprint", expiresAt: "2027-01-31", grantedBy: "Mai Fujita" });
    const after = await api.scorecard.evaluate({ scorecardId: "deployment-readiness", entity: bService });
    expect(after.rules.find((r) => r.id === "deploy.probes.liveness")).toMatchObject({ status: "waived", message: "Waived until 2027-01-31 by Mai Fujita: Liveness endpoint ships with release 4.2 next sprint" });
    expect(after.level).toBe("Bronze");
    const history = pointsOf(await api.scorecard.history({ scorecardId: "deployment-readiness", entity: bService }), "entity");
    expect(history.map((p) => [p.levelIndex, p.waived])).toEqual([[-1, 0], [0, 1]]);
    const trend = pointsOf(await api.scorecard.history({ scorecardId: "deployment-readiness" }), "scorecard");
    expect(trend.length).toBe(2);
    expect(trend[1]!.levelCounts[0]).toBe(trend[0]!.levelCounts[0]! + 1);
  });

  it("let an expired waiver stop applying by itself", async () => {
    const time = clock("2026-11-23T10:00:00Z");
    const { api } = await demoApi({ now: time.now });
    await api.waiver.create({ ...liveness, reason: "Liveness endpoint ships with release 4.2", expiresAt: "2026-11-30", grantedBy: "Mai Fujita" });
    expect((await api.scorecard.evaluate({ scorecardId: "deployment-readiness", entity: bService })).level).toBe("Bronze");
    time.advanceDays(8);
    expect((await api.scorecard.evaluate({ scorecardId: "deployment-readiness", entity: bService })).level).toBeNull();
    expect(await api.waiver.list({ entity: bService })).toEqual([]);
    expect((await api.waiver.list({ entity: bService, includeInactive: true })).map((w) => [w.active, w.scorecardName, w.ruleTitle])).toEqual([[false, "Deployment readiness", "Liveness probe"]]);
  });

  it("refuse a waiver in the past, too long, twice, for an unknown rule or without a reason", async () => {
    const { api } = await demoApi({ now: () => new Date("2026-11-23T10:00:00Z") });
    const valid = { ...liveness, reason: "Liveness endpoint ships with release 4.2", expiresAt: "2027-01-31", grantedBy: "Mai" };
    expect(invalidFields(await failure(api.waiver.create({ ...valid, expiresAt: "2026-11-01" })))).toEqual(["expiresAt"]);
    expect(invalidFields(await failure(api.waiver.create({ ...valid, expiresAt: "2028-06-01" })))).toEqual(["expiresAt"]);
    expect(invalidFields(await failure(api.waiver.create({ ...valid, ruleId: "no-such-rule" })))).toEqual(["ruleId"]);
    expect(invalidFields(await failure(api.waiver.create({ ...valid, reason: "because" })))).toEqual(["reason"]);
    expect(invalidFields(await failure(api.waiver.create({ ...valid, entity: { kind: "team", slug: "team-b" } })))).toEqual(["entity.kind"]);
    await api.waiver.create(valid);
    expect((await failure(api.waiver.create(valid))).message).toMatch(/already waived for b-service until 2027-01-31/);
  });

  it("revoke a waiver, and the rule counts again", async () => {
    const { api } = await demoApi();
    const waiver = await api.waiver.create({ ...liveness, reason: "Liveness endpoint ships with release 4.2", expiresAt: new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10), grantedBy: "Mai" });
    await api.waiver.revoke({ id: waiver.id, revokedBy: "Aiko" });
    expect((await api.scorecard.evaluate({ scorecardId: "deployment-readiness", entity: bService })).level).toBeNull();
    expect((await failure(api.waiver.revoke({ id: waiver.id, revokedBy: "Aiko" }))).message).toMatch(/already revoked/);
  });

  it("snapshot every score at least daily, and on every change of facts only what changed", async () => {
    const time = clock("2026-11-23T10:00:00Z");
    const { api, scores } = await demoApi({ now: time.now });
    const first = await scores.record();
    expect(first.snapshots).toBe(first.entities);
    time.advanceDays(0.5);
    expect((await scores.record()).snapshots).toBe(0);
    const component = await api.component.get({ slug: "x-frontend" });
    await api.component.update({ id: component.id, version: component.version, namespaceSlugs: [] });
    await scores.idle();
    const history = pointsOf(await api.scorecard.history({ scorecardId: "deployment-readiness", entity: { kind: "component", slug: "x-frontend" } }), "entity");
    expect(history.map((p) => p.passed)).toEqual([expect.any(Number), expect.any(Number)]);
    expect(history[1]!.passed).toBeLessThan(history[0]!.passed);
    time.advanceDays(1);
    const daily = await scores.record("daily");
    expect(daily.snapshots).toBe(daily.entities);
  });

  it("trend a team's scores from the histories of what it owns", async () => {
    const { api, scores } = await demoApi();
    await scores.record();
    const trend = pointsOf(await api.scorecard.history({ scorecardId: "deployment-readiness", group: { groupBy: "team", slug: "team-x" } }), "group");
    expect(trend).toHaveLength(1);
    expect(trend[0]).toMatchObject({ entities: 1 });
  });
});
