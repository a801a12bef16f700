import { describe, expect, it } from "vitest";
import { expectedFinding, findingsOf, scanFixtures } from "../fixtures/scan-fixtures.ts";

const inMesh = expectedFinding("mesh.namespace-labels", "mesh.namespace-in-mesh");

describe("namespace in the mesh", () => {
  it("passes sidecar injection (enabled or by revision), at the label", () => {
    const file = "mesh/pass-sidecar-injection.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "mesh.namespace-labels")).toEqual([inMesh("pass", file, 7), inMesh("pass", file, 14)]);
    expect(result.findings.map((finding) => finding.object)).toEqual([
      { kind: "Namespace", namespace: null, name: "shop" },
      { kind: "Namespace", namespace: null, name: "payments" },
    ]);
  });

  it("passes ambient mode", () => {
    const file = "mesh/pass-ambient.yaml";
    expect(findingsOf(scanFixtures(file), "mesh.namespace-labels")).toEqual([inMesh("pass", file, 6)]);
  });

  it("fails injection disabled at the labels, and an unlabelled namespace at its metadata", () => {
    const file = "mesh/fail-injection-disabled.yaml";
    expect(findingsOf(scanFixtures(file), "mesh.namespace-labels")).toEqual([inMesh("fail", file, 5), inMesh("fail", file, 10)]);
  });
});
