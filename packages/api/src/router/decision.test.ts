import { describe, expect, it } from "vitest";
import { demoApi, failure, invalidFields } from "../testing/caller.ts";

const organisation = { kind: "organisation" as const };
const pointOf = <T extends { point: { id: string } }>(rows: T[], id: string) => rows.find((r) => r.point.id === id)!;

describe("decision procedures", () => {
  it("record an organisation decision with its rationale, and list it", async () => {
    const { api } = await demoApi({ practices: false });
    const recorded = await api.decision.record({ scope: organisation, decisionPointId: "delivery.model", alternativeId: "gitops-polyrepo", rationale: "Independent CI and CD per repository.", decidedBy: "Mai Fujita" });
    expect(recorded).toMatchObject({ alternativeTitle: "GitOps, polyrepo-based", warning: null, version: 1, scope: { kind: "organisation", name: "Example organisation" } });
    const { items, total } = await api.decision.list({ decisionPointId: "delivery.model" });
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({ decidedBy: "Mai Fujita", rationale: "Independent CI and CD per repository." });
  });

  it("warn when the chosen alternative is one the article discourages", async () => {
    const { api } = await demoApi({ practices: false });
    const recorded = await api.decision.record({ scope: { kind: "component", slug: "x-frontend" }, decisionPointId: "delivery.model", alternativeId: "ciops-polyrepo", decidedBy: "Ichiro" });
    expect(recorded.warning).toMatch(/CIOps is an anti-pattern/);
  });

  it("show every decision point for a scope: own, inherited, from settings, or undecided", async () => {
    const { api } = await demoApi({ practices: false });
    await api.decision.record({ scope: organisation, decisionPointId: "deployment.pattern", alternativeId: "per-container", decidedBy: "Architects" });
    await api.decision.record({ scope: { kind: "component", slug: "b-service" }, decisionPointId: "mesh.model", alternativeId: "sidecarless", rationale: "Latency budget", decidedBy: "Team B" });
    const rows = await api.decision.forScope({ scope: { kind: "component", slug: "b-service" } });
    expect(pointOf(rows, "deployment.pattern")).toMatchObject({ source: "inherited", decision: { alternativeId: "per-container" } });
    expect(pointOf(rows, "mesh.model")).toMatchObject({ source: "own", decision: { alternativeId: "sidecarless", rationale: "Latency budget" } });
    expect(pointOf(rows, "ownership.mode")).toMatchObject({ source: "setting", decision: { alternativeId: "strong" } });
    expect(pointOf(rows, "shared-logic.approach")).toMatchObject({ source: "undecided", decision: null });
  });

  it("change the catalog setting a decision mirrors, and follow the setting when it changes elsewhere", async () => {
    const { api } = await demoApi({ practices: false });
    await api.decision.record({ scope: { kind: "component", slug: "a-service" }, decisionPointId: "ownership.mode", alternativeId: "collective", rationale: "Inner source pilot", decidedBy: "Aiko" });
    expect((await api.component.get({ slug: "a-service" })).effectiveOwnership).toEqual({ mode: "collective", source: "component" });
    expect(pointOf(await api.decision.forScope({ scope: { kind: "component", slug: "a-service" } }), "ownership.mode")).toMatchObject({ source: "own", decision: { rationale: "Inner source pilot" } });

    await api.decision.record({ scope: organisation, decisionPointId: "repository.strategy", alternativeId: "polyrepo", rationale: "Article 21", decidedBy: "Architects" });
    const organisationSettings = await api.organisation.get();
    await api.organisation.update({ version: organisationSettings.version, repositoryStrategy: "monorepo" });
    expect(pointOf(await api.decision.forScope({ scope: organisation }), "repository.strategy")).toMatchObject({ source: "setting", decision: { alternativeId: "monorepo" } });
  });

  it("refuse unknown points and alternatives, stale versions and missing names", async () => {
    const { api } = await demoApi({ practices: false });
    expect((await failure(api.decision.record({ scope: organisation, decisionPointId: "cloud", alternativeId: "x", decidedBy: "A" }))).message).toMatch(/^decisionPointId: No decision point "cloud" exists\./);
    expect((await failure(api.decision.record({ scope: organisation, decisionPointId: "mesh.model", alternativeId: "cilium", decidedBy: "A" }))).message).toBe(
      'alternativeId: "cilium" is not an alternative of "Service mesh model". Choose one of: sidecar, sidecarless.',
    );
    await api.decision.record({ scope: organisation, decisionPointId: "mesh.model", alternativeId: "sidecar", decidedBy: "A" });
    expect((await failure(api.decision.record({ scope: organisation, decisionPointId: "mesh.model", alternativeId: "sidecarless", decidedBy: "B" }))).code).toBe("CONFLICT");
    expect((await api.decision.record({ scope: organisation, decisionPointId: "mesh.model", alternativeId: "sidecarless", decidedBy: "B", version: 1 })).version).toBe(2);
    expect(invalidFields(await failure(api.decision.record({ scope: organisation, decisionPointId: "mesh.model", alternativeId: "sidecar", decidedBy: " " })))).toEqual(["decidedBy"]);
  });
});
