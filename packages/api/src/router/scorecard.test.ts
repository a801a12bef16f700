import { recordEvidenceFacts } from "@topograph/db";
import { BUILT_IN_SCORECARDS, scorecardsToYaml } from "@topograph/domain";
import { describe, expect, it } from "vitest";
import { demoApi, failure, invalidFields } from "../testing/caller.ts";

const ruleOf = <T extends { id: string }>(result: { rules: T[] }, id: string): T => result.rules.find((r) => r.id === id)!;

describe("scorecard procedures", () => {
  it("list the built-in scorecards with a spread of levels over the demo organisation", async () => {
    const { api } = await demoApi();
    const list = await api.scorecard.list();
    expect(list.map((s) => s.slug).sort()).toEqual(BUILT_IN_SCORECARDS.map((s) => s.slug).sort());
    const readiness = list.find((s) => s.slug === "deployment-readiness")!;
    expect(readiness).toMatchObject({ entityKind: "component", builtIn: true, ladder: [{ name: "Bronze" }, { name: "Silver" }, { name: "Gold" }] });
    expect(readiness.distribution.total).toBeGreaterThan(0);
    expect(readiness.distribution.levels.find((l) => l.name === "Gold")!.count).toBeGreaterThan(0);
    expect(readiness.distribution.belowFirst).toBeGreaterThan(0);
  });

  it("evaluate an entity: level, weighted score, and every rule with status and reason", async () => {
    const { api } = await demoApi();
    const a = await api.scorecard.evaluate({ scorecardId: "deployment-readiness", entity: { kind: "component", slug: "a-service" } });
    expect(a).toMatchObject({ level: "Gold", score: 100, next: null, inScope: true });
    const b = await api.scorecard.evaluate({ scorecardId: "deployment-readiness", entity: { kind: "component", slug: "b-service" } });
    expect(b.level).toBeNull();
    expect(ruleOf(b, "deploy.probes.liveness")).toMatchObject({ level: "Bronze", status: "fail", message: "Liveness probe: not in place." });
    expect(ruleOf(b, "deploy.workload.zone-spread")).toMatchObject({ status: "unknown", message: 'Unknown: nothing establishes practice("deploy.workload.zone-spread").' });
    expect(ruleOf(b, "deploy.probes.readiness").facts).toEqual([{ ref: 'practice("deploy.probes.readiness")', value: "true", detail: "checklist: adopted" }]);
    expect(b.next).toEqual({ level: "Bronze", rules: ["deploy.probes.liveness"] });
  });

  it("let evidence facts outrank checklist answers, citing the file and line", async () => {
    const { api, db } = await demoApi();
    await recordEvidenceFacts(db, [{ subject: { kind: "component", slug: "a-service" }, key: "deploy.probes.readiness", value: false, message: "readinessProbe is missing from the container", source: "a-service-kubernetes", file: "deployment.yaml", line: 31 }], new Date());
    const a = await api.scorecard.evaluate({ scorecardId: "deployment-readiness", entity: { kind: "component", slug: "a-service" } });
    expect(ruleOf(a, "deploy.probes.readiness")).toMatchObject({ status: "fail", facts: [{ detail: "evidence: readinessProbe is missing from the container (a-service-kubernetes: deployment.yaml:31)" }] });
    expect(a.level).toBeNull();
  });

  it("refuse an entity of another kind and an unknown scorecard or entity", async () => {
    const { api } = await demoApi();
    expect(invalidFields(await failure(api.scorecard.evaluate({ scorecardId: "deployment-readiness", entity: { kind: "team", slug: "team-a" } })))).toEqual(["entity.kind"]);
    expect((await failure(api.scorecard.evaluate({ scorecardId: "nope", entity: { kind: "component", slug: "a-service" } }))).code).toBe("NOT_FOUND");
    expect((await failure(api.scorecard.evaluate({ scorecardId: "deployment-readiness", entity: { kind: "component", slug: "nope" } }))).code).toBe("NOT_FOUND");
  });

  it("score teams and contexts on the ownership scorecards", async () => {
    const { api } = await demoApi();
    const teamB = await api.scorecard.evaluate({ scorecardId: "team-organisation", entity: { kind: "team", slug: "team-b" } });
    expect(ruleOf(teamB, "team-size")).toMatchObject({ status: "fail", facts: [{ ref: "members.count", value: "2" }] });
    const forTeam = await api.scorecard.forEntity({ entity: { kind: "team", slug: "team-a" } });
    expect(forTeam.map((s) => [s.scorecard.slug, s.level])).toEqual([["team-organisation", "Gold"]]);
  });

  it("create a scorecard, then replace it only with the version last read", async () => {
    const { api } = await demoApi();
    const definition = {
      slug: "critical-services",
      name: "Critical services",
      entityKind: "component" as const,
      filter: { labels: {}, componentKinds: ["microservice" as const] },
      rules: [{ id: "owned", title: "Owned", level: "Bronze", category: "ownership", weight: 2, expression: "owners.count == 1", failureMessage: "Needs exactly one owner." }],
    };
    const created = await api.scorecard.upsert(definition);
    expect(created).toMatchObject({ created: true, version: 1 });
    expect((await failure(api.scorecard.upsert(definition))).message).toMatch(/send the version you edited/);
    const replaced = await api.scorecard.upsert({ ...definition, version: 1, ladder: [{ name: "Basic", color: "#aaaaaa" }], rules: [{ ...definition.rules[0]!, level: "Basic" }] });
    expect(replaced.version).toBe(2);
    expect((await failure(api.scorecard.upsert({ ...definition, version: 1 }))).message).toMatch(/changed by someone else/);
    const page = await api.scorecard.get({ scorecardId: "critical-services" });
    expect(page.definition.ladder).toEqual([{ name: "Basic", color: "#aaaaaa" }]);
    expect(page.distribution.total).toBe(3);
  });

  it("name the field of every problem in a definition", async () => {
    const { api } = await demoApi();
    const error = await failure(
      api.scorecard.upsert({
        slug: "broken",
        name: "Broken",
        entityKind: "team",
        filter: { componentKinds: ["microservice"] },
        rules: [
          { id: "a", title: "A", level: "Platinum", category: "ownership", expression: "owners.count > 0", failureMessage: "x" },
          { id: "a", title: "B", level: "Bronze", category: "ownership", expression: "members.count >=", failureMessage: "x" },
        ],
      }),
    );
    expect(invalidFields(error).sort()).toEqual(["filter.componentKinds", "rules.0.expression", "rules.0.level", "rules.1.expression", "rules.1.id"]);
    expect(invalidFields(await failure(api.scorecard.upsert({ slug: "x", name: "X", entityKind: "component", filter: { teams: ["no-such-team"] } })))).toEqual(["filter.teams"]);
  });

  it("round-trip scorecards through YAML, importing all or nothing", async () => {
    const { api } = await demoApi();
    const exported = await api.scorecard.exportYaml({ scorecardIds: ["testing"] });
    expect(exported.fileName).toBe("testing.scorecard.yaml");
    const renamed = exported.text.replace("name: Testing", "name: Testing portfolio");
    expect(await api.scorecard.importYaml({ text: renamed, fileName: "testing.yaml" })).toEqual({ imported: [{ slug: "testing", created: false, version: 2 }] });
    expect((await api.scorecard.get({ scorecardId: "testing" })).name).toBe("Testing portfolio");

    const good = scorecardsToYaml([{ ...BUILT_IN_SCORECARDS[0]!, slug: "copy", name: "Copy" }]);
    const bad = "slug: bad\nname: Bad\nentityKind: component\nrules:\n  - id: r\n    title: R\n    level: Bronze\n    category: testing\n    expression: nope.fact\n    failureMessage: x\n";
    const error = await failure(api.scorecard.importYaml({ text: `${good}---\n${bad}`, fileName: "all.yaml" }));
    expect(error.message).toMatch(/^all\.yaml has 1 problem; nothing was imported\. all\.yaml:\d+:17 rules\[0\]\.expression: document 2: "nope\.fact" is not a fact of a component/);
    expect((await api.scorecard.list()).map((s) => s.slug)).not.toContain("copy");
  });

  it("roll results up by team and by bounded context for the heat map", async () => {
    const { api } = await demoApi();
    const byTeam = await api.scorecard.rollup({ scorecardId: "deployment-readiness", groupBy: "team" });
    const teamA = byTeam.rows.find((row) => row.key === "team-a")!;
    expect(teamA.name).toBe("Microservice team A");
    expect(teamA.rules.find((r) => r.id === "deploy.probes.readiness")).toMatchObject({ pass: 1, passRate: 100 });
    expect(byTeam.rules.map((r) => r.id)).toContain("deployed");
    const byContext = await api.scorecard.rollup({ scorecardId: "deployment-readiness", groupBy: "boundedContext" });
    expect(byContext.rows.map((r) => r.key)).toContain("context-b");
    const teamPage = await api.scorecard.rollupFor({ groupBy: "team", slug: "team-b" });
    expect(teamPage.find((r) => r.scorecard.slug === "deployment-readiness")!.distribution).toMatchObject({ total: 1, belowFirst: 1 });
  });

  it("page, sort and filter the scored entities", async () => {
    const { api } = await demoApi();
    const byScore = await api.scorecard.entities({ scorecardId: "deployment-readiness", sort: "score", direction: "desc", limit: 2 });
    expect(byScore.total).toBe(9);
    expect(byScore.items.map((r) => r.slug)[0]).toBe("a-service");
    const teamX = await api.scorecard.entities({ scorecardId: "deployment-readiness", team: "team-x" });
    expect(teamX.items.map((r) => r.slug)).toEqual(["x-service"]);
    expect(invalidFields(await failure(api.scorecard.entities({ scorecardId: "deployment-readiness", limit: 10_000 })))).toEqual(["limit"]);
  });

  it("check a draft expression and describe the facts a rule can read", async () => {
    const { api } = await demoApi();
    expect(await api.scorecard.checkExpression({ entityKind: "namespace", expression: "inMesh && deployMethod == \"gitops-auto-sync\"" })).toEqual({ ok: true });
    expect(await api.scorecard.checkExpression({ entityKind: "namespace", expression: "owners.count > 0" })).toMatchObject({ ok: false, message: expect.stringMatching(/not a fact of a namespace/) });
    const facts = await api.scorecard.facts({ entityKind: "bounded-context" });
    expect(facts.facts.map((f) => f.key)).toContain("components.unowned");
  });
});
