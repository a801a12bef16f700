import { describe, expect, it } from "vitest";
import { factsFromFindings, findingAsked, subjectsOf, type TAttributionCatalog } from "./attribution.ts";
import type { TFinding } from "./finding.ts";

const finding = (over: Partial<TFinding>): TFinding => ({
  checkId: "probes.readiness",
  practiceId: "deploy.probes.readiness",
  status: "pass",
  severity: "high",
  object: { kind: "Deployment", namespace: "shop", name: "b-service" },
  file: "k8s/b-service.yaml",
  line: 20,
  message: "Readiness probe on container app.",
  remediation: "",
  ...over,
});
const catalog: TAttributionCatalog = {
  componentKinds: new Map([["b-service", "microservice"]]),
  namespacesByName: new Map([["shop", ["stg-shop", "prd-shop"]]]),
  namespaceNamesByComponent: new Map([["b-service", ["shop"]]]),
};
const autoSync = finding({
  checkId: "argocd.automated-sync",
  practiceId: "delivery.gitops.cd-auto-sync",
  object: { kind: "Application", namespace: "argocd", name: "b-service" },
  file: "apps/b-service.yaml",
  destinationNamespace: "shop",
});
const browserE2e = finding({ checkId: "ci.tests.browser-e2e", practiceId: "delivery.frontend.browser-e2e", status: "fail", object: { kind: "File", namespace: null, name: ".github/workflows/ci.yml" } });

describe("attributing findings to the catalog", () => {
  it("gives a Namespace object's findings to every catalog namespace of that name", () => {
    expect(subjectsOf(finding({ object: { kind: "Namespace", namespace: null, name: "shop" } }), catalog)).toEqual([
      { kind: "namespace", slug: "stg-shop" },
      { kind: "namespace", slug: "prd-shop" },
    ]);
  });

  it("gives workload findings to the component named like the object, or to the scan's component", () => {
    expect(subjectsOf(finding({}), catalog)).toEqual([{ kind: "component", slug: "b-service" }]);
    expect(subjectsOf(finding({ object: { kind: "Deployment", namespace: "shop", name: "unknown" } }), catalog)).toEqual([]);
    expect(subjectsOf(finding({ object: { kind: "File", namespace: null, name: ".github/workflows/ci.yml" } }), { ...catalog, component: "a-service" })).toEqual([{ kind: "component", slug: "a-service" }]);
  });

  it("gives an ArgoCD Application's automated sync to the namespaces of its destination as well", () => {
    expect(subjectsOf(autoSync, catalog)).toEqual([
      { kind: "component", slug: "b-service" },
      { kind: "namespace", slug: "stg-shop" },
      { kind: "namespace", slug: "prd-shop" },
    ]);
    expect(subjectsOf({ ...autoSync, object: { ...autoSync.object, name: "shop-apps" } }, catalog)).toEqual([
      { kind: "namespace", slug: "stg-shop" },
      { kind: "namespace", slug: "prd-shop" },
    ]);
    expect(factsFromFindings([autoSync], catalog).filter((fact) => fact.subject.kind === "namespace")).toEqual([
      { subject: { kind: "namespace", slug: "stg-shop" }, key: "delivery.gitops.cd-auto-sync", value: true, message: "Readiness probe on container app.", file: "apps/b-service.yaml", line: 20 },
      { subject: { kind: "namespace", slug: "prd-shop" }, key: "delivery.gitops.cd-auto-sync", value: true, message: "Readiness probe on container app.", file: "apps/b-service.yaml", line: 20 },
    ]);
  });

  it("makes one fact per entity and practice: a failure wins and is cited, warnings prove nothing", () => {
    const facts = factsFromFindings(
      [
        finding({ line: 20 }),
        finding({ status: "fail", line: 40, message: "No readiness probe on container sidecar." }),
        finding({ practiceId: "deploy.probes.startup", status: "warn" }),
        finding({ practiceId: "scaling.pod.pdb", line: 60 }),
      ],
      catalog,
    );
    expect(facts).toEqual([
      { subject: { kind: "component", slug: "b-service" }, key: "deploy.probes.readiness", value: false, message: "No readiness probe on container sidecar.", file: "k8s/b-service.yaml", line: 40 },
      { subject: { kind: "component", slug: "b-service" }, key: "scaling.pod.pdb", value: true, message: "Readiness probe on container app.", file: "k8s/b-service.yaml", line: 60 },
    ]);
  });

  it("makes no fact about a practice the component's kind is not asked", () => {
    expect(factsFromFindings([browserE2e], { ...catalog, component: "b-service" })).toEqual([]);
    expect(factsFromFindings([browserE2e], { ...catalog, componentKinds: new Map([["web", "frontend"]]), component: "web" })).toHaveLength(1);
  });

  it("tells whether a finding counts as evidence: not when its practice is asked of none of its subjects", () => {
    expect(findingAsked(browserE2e, { ...catalog, component: "b-service" })).toEqual({
      asked: false,
      notAskedOf: "microservice",
      reason: "Browser end-to-end tests is not asked of a microservice (b-service); only of frontend components.",
    });
    expect(findingAsked(browserE2e, { ...catalog, componentKinds: new Map([["web", "frontend"]]), component: "web" })).toEqual({ asked: true });
    expect(findingAsked(finding({}), catalog)).toEqual({ asked: true });
    expect(findingAsked(browserE2e, catalog)).toEqual({ asked: true });
  });
});
