import { describe, expect, it } from "vitest";
import { readFixture } from "../repository/fixtures/read-fixture.ts";
import { checkCatalogDrift } from "./catalog-drift.ts";

describe("checking a repository against the catalog", () => {
  it("compares where its Applications deploy and whom its CODEOWNERS names with the scan's component", () => {
    const reader = checkCatalogDrift({
      component: "orders",
      componentKinds: new Map([["orders", "microservice"]]),
      namespacesByName: new Map(),
      namespaceNamesByComponent: new Map([["orders", ["orders"]]]),
      componentOwnership: { component: "orders", mode: "strong", teams: [{ slug: "orders-team", memberEmails: [] }] },
    });
    const result = reader(readFixture("orders-kubernetes"));
    expect(result.errors).toEqual([]);
    expect(result.findings.map(({ checkId, status, file, line }) => `${checkId} ${status} ${file}:${line}`)).toEqual([
      "argocd.destination-in-catalog warn apps/orders/orders.yaml:16",
      "codeowners.catalog-owner pass CODEOWNERS:1",
      "codeowners.strong-ownership fail CODEOWNERS:2",
    ]);
  });
});
