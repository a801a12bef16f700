import { describe, expect, it } from "vitest";
import type { TAttributionCatalog } from "../attribution.ts";
import { readFixture } from "../repository/fixtures/read-fixture.ts";
import { readGitOps } from "../repository/gitops.ts";
import type { TSourceFile } from "../finding.ts";
import { checkArgoDestinations } from "./argocd-destinations.ts";
import { fixtureFile } from "./fixtures/fixture-file.ts";

const catalog = (over: Partial<TAttributionCatalog> = {}): TAttributionCatalog => ({
  componentKinds: new Map([["b-service", "microservice"], ["orders", "microservice"]]),
  namespacesByName: new Map(),
  namespaceNamesByComponent: new Map([["b-service", ["b-service"]], ["orders", ["orders"]]]),
  ...over,
});

function drift(files: readonly TSourceFile[], over: Partial<TAttributionCatalog> = {}) {
  return checkArgoDestinations(readGitOps(files).gitops.applications, catalog(over));
}

describe("ArgoCD destinations against the catalog", () => {
  it("warns, at destination.namespace, when an Application deploys its component where the catalog does not", () => {
    const findings = drift([fixtureFile("argocd/warn-destination-outside-catalog.yaml")]);
    expect(findings).toEqual([
      {
        checkId: "argocd.destination-in-catalog",
        practiceId: "delivery.gitops.cd-auto-sync",
        status: "warn",
        severity: "medium",
        object: { kind: "Application", namespace: "argocd", name: "b-service" },
        file: "argocd/warn-destination-outside-catalog.yaml",
        line: 14,
        message: "ArgoCD Application b-service deploys into namespace b-svc; the catalog lists b-service in b-service.",
        remediation: "Fix the catalog (deploy b-service into namespace b-svc on its page) or the Application's spec.destination.namespace, whichever is wrong.",
      },
    ]);
  });

  it("says so when the catalog deploys the component nowhere", () => {
    const [finding] = drift([fixtureFile("argocd/warn-destination-outside-catalog.yaml")], { namespaceNamesByComponent: new Map() });
    expect(finding?.message).toBe("ArgoCD Application b-service deploys into namespace b-svc; the catalog lists b-service in no namespace.");
  });

  it("finds nothing when the destination is one of the component's namespaces in the catalog", () => {
    expect(drift([fixtureFile("argocd/clean-destination-listed-in-catalog.yaml")])).toEqual([]);
  });

  it("compares the scan's component first, else the component named like the Application or its destination", () => {
    const file = fixtureFile("argocd/clean-destination-listed-in-catalog.yaml");
    expect(drift([file], { component: "orders" }).map((finding) => finding.message)).toEqual(["ArgoCD Application b-service deploys into namespace b-service; the catalog lists orders in orders."]);
    expect(drift([file], { componentKinds: new Map([["payments", "microservice"]]) })).toEqual([]);
  });

  it("leaves out parents (app of apps) and templated ApplicationSet destinations", () => {
    // orders-dev deploys into orders-dev, orders-prod into orders; orders-apps is the parent, orders-previews is templated.
    expect(drift(readFixture("orders-kubernetes"), { component: "orders" }).map(({ object, line, file }) => ({ name: object.name, file, line }))).toEqual([
      { name: "orders-dev", file: "apps/orders/orders.yaml", line: 16 },
    ]);
  });
});
