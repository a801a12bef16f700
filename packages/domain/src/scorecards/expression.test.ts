import { describe, expect, it } from "vitest";
import { compileExpression, ExpressionError, type TFactRead } from "./expression.ts";
import { UNKNOWN, type TSubjectFacts } from "./facts.ts";
import type { TAnswerStatus } from "../practices/checklist.ts";

function component(catalog: Record<string, boolean | number | string>, answers: Record<string, TAnswerStatus> = {}, evidence: Record<string, boolean> = {}): TSubjectFacts {
  return {
    kind: "component",
    slug: "a-service",
    name: "A service",
    teamSlugs: [],
    contextSlugs: [],
    catalog: new Map(Object.entries(catalog)),
    answer: (id) => answers[id] ?? "unknown",
    evidence: (key) => (key in evidence ? { subject: { kind: "component", slug: "a-service" }, key, value: evidence[key]!, message: "seen in the manifest", location: { source: "k8s-repo", file: "deploy.yaml", line: 12 }, observedAt: "2026-11-01T00:00:00Z" } : undefined),
  };
}
const run = (source: string, facts: TSubjectFacts) => compileExpression(source, "component").evaluate(facts);

describe("rule expressions", () => {
  it("compares catalog facts", () => {
    expect(run("owners.count == 1", component({ "owners.count": 1 }))).toBe(true);
    expect(run("owners.count >= 2", component({ "owners.count": 1 }))).toBe(false);
    expect(run('kind in ["microservice", "bff"]', component({ kind: "bff" }))).toBe(true);
    expect(run('labels.tier == "critical"', component({ "labels.tier": "critical" }))).toBe(true);
  });

  it("keeps unknown apart from false, with Kleene logic for && and ||", () => {
    const facts = component({ "owners.count": 0 });
    expect(run("deployments.inMesh", facts)).toBe(UNKNOWN);
    expect(run("!deployments.inMesh", facts)).toBe(UNKNOWN);
    expect(run("deployments.inMesh && owners.count > 0", facts)).toBe(false);
    expect(run("deployments.inMesh || owners.count == 0", facts)).toBe(true);
    expect(run("deployments.inMesh || owners.count > 0", facts)).toBe(UNKNOWN);
    expect(run("known(deployments.inMesh)", facts)).toBe(false);
  });

  it("reads practices from evidence first, then from the checklist answer", () => {
    expect(run('practice("deploy.probes.readiness")', component({}, { "deploy.probes.readiness": "adopted" }))).toBe(true);
    expect(run('practice("deploy.probes.readiness")', component({}, { "deploy.probes.readiness": "not-applicable" }))).toBe(true);
    expect(run('practice("deploy.probes.readiness")', component({}, { "deploy.probes.readiness": "partial" }))).toBe(false);
    expect(run('practice("deploy.probes.readiness")', component({}))).toBe(UNKNOWN);
    expect(run('practice("deploy.probes.readiness")', component({}, { "deploy.probes.readiness": "adopted" }, { "deploy.probes.readiness": false }))).toBe(false);
    expect(run('answer("deploy.probes.readiness") == "partial"', component({}, { "deploy.probes.readiness": "partial" }))).toBe(true);
  });

  it("records the facts it read and where they come from", () => {
    const reads: TFactRead[] = [];
    compileExpression('practice("deploy.probes.readiness") && owners.count > 0', "component").evaluate(component({ "owners.count": 2 }, {}, { "deploy.probes.readiness": true }), reads);
    expect(reads).toEqual([
      { ref: 'practice("deploy.probes.readiness")', value: true, detail: "evidence: seen in the manifest (k8s-repo: deploy.yaml:12)" },
      { ref: "owners.count", value: 2 },
    ]);
  });

  it.each([
    ["owners.count ==", /Expected expression/],
    ["ownrs.count > 0", /"ownrs.count" is not a fact of a component/],
    ["owners.count", /gives a number; a rule needs true or false/],
    ['owners.count == "one"', /cannot be compared/],
    ['practice("no.such.item")', /not a practice in the catalogue/],
    ["practice(kind)", /takes one quoted ID/],
    ["delete(kind)", /not a function a rule can call/],
    ["owners.count + 1 > 2", /operator "\+" is not supported/],
    ["a; b", /Write one expression/],
  ])("refuses %s with a reason", (source, message) => {
    expect(() => compileExpression(source, "component", { practiceIds: new Set(["deploy.probes.readiness"]) })).toThrow(ExpressionError);
    expect(() => compileExpression(source, "component", { practiceIds: new Set(["deploy.probes.readiness"]) })).toThrow(message);
  });

  it("knows facts per entity kind", () => {
    expect(() => compileExpression("members.count >= 5", "team")).not.toThrow();
    expect(() => compileExpression("members.count >= 5", "component")).toThrow(/not a fact of a component/);
    expect(() => compileExpression("components.unowned == 0", "bounded-context")).not.toThrow();
  });
});
