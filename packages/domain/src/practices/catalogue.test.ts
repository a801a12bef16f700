import { describe, expect, it } from "vitest";
import { COMPONENT_KINDS } from "../catalog/component.ts";
import { PRACTICE_CATALOGUE } from "./catalogue.ts";
import { PRACTICE_SECTIONS, practiceAppliesTo } from "./practice.ts";

const { items, decisionPoints } = PRACTICE_CATALOGUE;
const byId = new Map(items.map((item) => [item.id, item]));

describe("practice catalogue integrity", () => {
  it("gives every item a unique, stable-looking ID", () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) expect(item.id).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it("covers every article section from 20 to 26", () => {
    for (const section of Object.keys(PRACTICE_SECTIONS)) expect(items.some((i) => i.section === section), `section ${section}`).toBe(true);
  });

  it("holds the practices the product brief names", () => {
    for (const id of [
      "config.public.configmap", "config.private.secret-sops", "chassis.logging.common-fields", "chassis.instrumentation.common-span-attributes",
      "chassis.cd.shared-config", "chassis.rpc-api.shared-definitions", "chassis.iac.shared-modules", "repo.polyrepo.terraform-repository",
      "org.team-per-bounded-context", "delivery.gitops.no-ciops", "delivery.stage.approval", "delivery.frontend.cdn-purge",
      "delivery.bff.instrumentation-in-image", "delivery.microservice.db-migration-before-deploy", "delivery.sre-tool.kubernetes-pipelines-only",
      "delivery.manual-deploy-only-control-plane", "deploy.workload.zone-spread", "deploy.probes.readiness", "deploy.image-pull-policy.if-not-present",
      "deploy.shutdown.prestop-wait", "deploy.shutdown.bounded-grace-period", "scaling.node.karpenter-managed-node-group", "scaling.pod.descheduler",
      "scaling.pod.guaranteed-qos", "scaling.pod.pdb", "resilience.circuit-breaker", "testing.contract", "testing.chaos",
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
  });

  it("asks component kinds only what fits them", () => {
    expect(practiceAppliesTo(byId.get("delivery.microservice.db-migration-before-deploy")!, "frontend")).toBe(false);
    expect(practiceAppliesTo(byId.get("repo.polyrepo.application-repository")!, "sre-tool")).toBe(false);
    expect(practiceAppliesTo(byId.get("delivery.sre-tool.kubernetes-pipelines-only")!, "sre-tool")).toBe(true);
    for (const item of items) {
      if (item.appliesTo !== "all") {
        expect(item.appliesTo.length, item.id).toBeGreaterThan(0);
        for (const kind of item.appliesTo) expect(COMPONENT_KINDS).toContain(kind);
      }
      if (item.scope !== "component") expect(item.appliesTo, `${item.id} is not judged per component`).toBe("all");
    }
  });

  it("says how evidence proves every machine-verifiable item", () => {
    for (const item of items) if (item.verification.by === "evidence") expect(item.verification.how.length, item.id).toBeGreaterThan(10);
  });

  it("links items only to existing decision points, and each decision has unique alternatives", () => {
    const decisionIds = new Set(decisionPoints.map((d) => d.id));
    for (const item of items) if (item.decisionPointId) expect(decisionIds.has(item.decisionPointId), item.id).toBe(true);
    for (const decision of decisionPoints) {
      expect(new Set(decision.alternatives.map((a) => a.id)).size).toBe(decision.alternatives.length);
      expect(decision.alternatives.filter((a) => a.recommended)).toHaveLength(1);
    }
  });

  it("flags the alternatives the article calls anti-patterns, with the reason", () => {
    const discouraged = decisionPoints.flatMap((d) => d.alternatives.filter((a) => a.discouraged).map((a) => `${d.id}:${a.id}`));
    expect(discouraged).toEqual(["delivery.model:ciops-monorepo", "delivery.model:ciops-polyrepo", "deployment.pattern:serverless"]);
  });

  it("has the article's mind-map roots as decision points", () => {
    expect(decisionPoints.map((d) => d.id)).toEqual(["shared-logic.approach", "mesh.model", "repository.strategy", "ownership.mode", "delivery.model", "deployment.pattern"]);
  });
});
