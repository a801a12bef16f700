import { describe, expect, it } from "vitest";
import { demoApi, failure, invalidFields } from "../testing/caller.ts";

const component = (slug: string) => ({ kind: "component" as const, slug });
const organisation = { kind: "organisation" as const };
const entryOf = <T extends { item: { id: string } }>(checklist: { sections: { entries: T[] }[] }, itemId: string) =>
  checklist.sections.flatMap((s) => s.entries).find((e) => e.item.id === itemId);

describe("practice catalogue procedure", () => {
  it("lists the versioned catalogue with what can be verified from evidence", async () => {
    const { api } = await demoApi({ practices: false });
    const catalogue = await api.practice.list();
    expect(catalogue.version).toBe(1);
    expect(catalogue.items.find((i) => i.id === "deploy.probes.readiness")).toMatchObject({ section: "24", scope: "component", verifiable: true, appliesTo: ["microservice", "frontend", "bff", "sre-tool"] });
    expect(catalogue.items.find((i) => i.id === "testing.chaos")?.verifiable).toBe(false);
  });
});

describe("checklist procedures", () => {
  it("ask a component the items for its kind, grouped by section, all unknown at first", async () => {
    const { api } = await demoApi({ practices: false });
    const checklist = await api.checklist.get({ scope: component("x-frontend") });
    expect(checklist.scope).toMatchObject({ kind: "component", slug: "x-frontend", componentKind: "frontend" });
    expect(checklist.sections.map((s) => s.section)).toEqual(["20", "21", "22", "23", "24", "25", "26"]);
    expect(entryOf(checklist, "delivery.frontend.cdn-purge")).toMatchObject({ status: "unknown", source: "unanswered" });
    expect(entryOf(checklist, "delivery.microservice.db-migration-before-deploy")).toBeUndefined();
    expect(checklist.progress.percent).toBe(0);
  });

  it("record an answer, raise progress, and keep the change in the history", async () => {
    const { api } = await demoApi({ practices: false });
    const saved = await api.checklist.setAnswer({ scope: component("b-service"), itemId: "deploy.probes.readiness", status: "adopted", evidenceLinks: ["https://github.com/example-org/b-service-kubernetes/blob/main/deployment.yaml#L40"], answeredBy: "Daichi Kato" });
    expect(saved).toMatchObject({ status: "adopted", version: 1 });
    const checklist = await api.checklist.get({ scope: component("b-service") });
    expect(entryOf(checklist, "deploy.probes.readiness")).toMatchObject({ status: "adopted", source: "answered", answer: { answeredBy: "Daichi Kato" } });
    expect(checklist.progress.adopted).toBe(1);
    await api.checklist.setAnswer({ scope: component("b-service"), itemId: "deploy.probes.readiness", status: "partial", note: "Missing on the worker", answeredBy: "Emi Abe", version: 1 });
    const history = await api.checklist.history({ scope: component("b-service") });
    expect(history.items.map((h) => `${h.previousStatus ?? "-"}→${h.status} by ${h.answeredBy}`)).toEqual(["adopted→partial by Emi Abe", "-→adopted by Daichi Kato"]);
    expect(history.total).toBe(2);
  });

  it("refuse a stale answer version", async () => {
    const { api } = await demoApi({ practices: false });
    await api.checklist.setAnswer({ scope: component("b-service"), itemId: "scaling.pod.pdb", status: "adopted", answeredBy: "A" });
    await api.checklist.setAnswer({ scope: component("b-service"), itemId: "scaling.pod.pdb", status: "not-adopted", answeredBy: "B", version: 1 });
    const error = await failure(api.checklist.setAnswer({ scope: component("b-service"), itemId: "scaling.pod.pdb", status: "adopted", answeredBy: "C", version: 1 }));
    expect(error.code).toBe("CONFLICT");
    // A first answer needs no version; claiming one for an answer that does not exist yet is stale.
    expect((await api.checklist.setAnswer({ scope: component("b-service"), itemId: "scaling.pod.hpa", status: "adopted", answeredBy: "C" })).version).toBe(1);
    expect((await failure(api.checklist.setAnswer({ scope: component("b-service"), itemId: "testing.unit", status: "adopted", answeredBy: "C", version: 3 }))).code).toBe("CONFLICT");
  });

  it("let components inherit organisation answers, and override them", async () => {
    const { api } = await demoApi({ practices: false });
    await api.checklist.setAnswer({ scope: organisation, itemId: "scaling.pod.metrics-server", status: "adopted", answeredBy: "Mai Fujita" });
    const inherited = entryOf(await api.checklist.get({ scope: component("a-service") }), "scaling.pod.metrics-server");
    expect(inherited).toMatchObject({ status: "adopted", source: "inherited", inheritedFrom: { kind: "organisation", name: "Example organisation" } });
    await api.checklist.setAnswer({ scope: component("a-service"), itemId: "scaling.pod.metrics-server", status: "not-applicable", note: "Scales on queue length with KEDA", answeredBy: "Aiko Sato" });
    expect(entryOf(await api.checklist.get({ scope: component("a-service") }), "scaling.pod.metrics-server")).toMatchObject({ status: "not-applicable", source: "answered" });
    expect(entryOf(await api.checklist.get({ scope: component("b-service") }), "scaling.pod.metrics-server")).toMatchObject({ source: "inherited" });
  });

  it("inherit a team's answer on its components", async () => {
    const { api } = await demoApi({ practices: false });
    await api.checklist.setAnswer({ scope: { kind: "team", slug: "team-x" }, itemId: "chassis.cd.shared-config", status: "partial", answeredBy: "Fumi Ueda" });
    expect(entryOf(await api.checklist.get({ scope: component("x-service") }), "chassis.cd.shared-config")).toMatchObject({ source: "inherited", inheritedFrom: { kind: "team", slug: "team-x" } });
  });

  it("reject answers the checklist does not ask, unknown practices, missing reasons and unknown scopes", async () => {
    const { api } = await demoApi({ practices: false });
    const notAsked = await failure(api.checklist.setAnswer({ scope: component("x-frontend"), itemId: "delivery.microservice.db-migration-before-deploy", status: "adopted", answeredBy: "A" }));
    expect(notAsked.message).toBe('itemId: The practice "delivery.microservice.db-migration-before-deploy" is not asked on the checklist of component "x-frontend".');
    expect((await failure(api.checklist.setAnswer({ scope: organisation, itemId: "made.up", status: "adopted", answeredBy: "A" }))).message).toBe('itemId: No practice "made.up" exists in catalogue version 1.');
    expect(invalidFields(await failure(api.checklist.setAnswer({ scope: organisation, itemId: "scaling.pod.descheduler", status: "not-applicable", answeredBy: "A" })))).toEqual(["note"]);
    expect((await failure(api.checklist.get({ scope: component("ghost") }))).code).toBe("NOT_FOUND");
    expect(invalidFields(await failure(api.checklist.get({ scope: { kind: "cluster" as never, slug: "prd" } })))).toEqual(["scope.kind"]);
  });

  it("mark one practice for many components at once, all or nothing", async () => {
    const { api, db } = await demoApi({ practices: false });
    const scopes = ["a-service", "b-service", "x-service"].map(component);
    expect(await api.checklist.bulkSetAnswer({ scopes, itemId: "deploy.probes.liveness", status: "adopted", answeredBy: "SRE" })).toEqual({ updated: 3 });
    for (const scope of scopes) expect(entryOf(await api.checklist.get({ scope }), "deploy.probes.liveness")?.status).toBe("adopted");
    const error = await failure(api.checklist.bulkSetAnswer({ scopes: [component("a-service"), component("ghost")], itemId: "deploy.probes.startup", status: "adopted", answeredBy: "SRE" }));
    expect(error.message).toBe('scopes.1: No component "ghost" exists.');
    const notAsked = await failure(api.checklist.bulkSetAnswer({ scopes: [component("x-frontend")], itemId: "delivery.microservice.db-migration-before-deploy", status: "adopted", answeredBy: "SRE" }));
    expect(notAsked.message).toBe('scopes.0: The practice "delivery.microservice.db-migration-before-deploy" is not asked on the checklist of component "x-frontend".');
    expect(await db.checklistAnswer.count({ where: { itemId: "deploy.probes.startup" } })).toBe(0);
  });

  it("forget a component's answers when the component is deleted", async () => {
    const { api, db } = await demoApi({ practices: false });
    await api.checklist.setAnswer({ scope: component("x-frontend"), itemId: "delivery.frontend.cdn-purge", status: "adopted", answeredBy: "Ichiro" });
    const frontend = await api.component.get({ slug: "x-frontend" });
    await api.component.delete({ id: frontend.id, version: frontend.version });
    expect(await db.checklistAnswer.count()).toBe(0);
    expect(await db.checklistAnswerChange.count()).toBe(0);
  });
});

describe("checklist export", () => {
  it("renders a component's checklist as Markdown, optionally only its gaps", async () => {
    const { api } = await demoApi();
    const { markdown } = await api.checklist.exportMarkdown({ scope: component("b-service") });
    expect(markdown).toMatch(/^# Practice checklist: b-service \(component\)/);
    expect(markdown).toContain("| Liveness probe (`deploy.probes.liveness`) | Not adopted | answered |");
    const gaps = (await api.checklist.exportMarkdown({ scope: component("b-service"), gapsOnly: true })).markdown;
    expect(gaps).not.toContain("deploy.probes.readiness");
  });
});

describe("the demo organisation's checklists", () => {
  it("show a realistic mix: an exemplary service, one with gaps, and organisation answers everywhere", async () => {
    const { api } = await demoApi();
    const a = await api.checklist.get({ scope: component("a-service") });
    const b = await api.checklist.get({ scope: component("b-service") });
    expect(a.progress.percent).toBeGreaterThan(b.progress.percent);
    expect(b.progress.notAdopted).toBeGreaterThan(3);
    expect(entryOf(b, "scaling.pod.metrics-server")).toMatchObject({ status: "adopted", source: "inherited", inheritedFrom: { kind: "organisation" } });
    expect(entryOf(a, "deploy.probes.readiness")?.answer?.evidenceLinks[0]).toMatch(/a-service-kubernetes\/blob\/main\/deployment.yaml#L42$/);
    const decisions = await api.decision.forScope({ scope: component("x-service") });
    expect(decisions.find((d) => d.point.id === "delivery.model")).toMatchObject({ source: "inherited", decision: { alternativeId: "gitops-polyrepo" } });
  });
});
