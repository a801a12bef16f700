import { describe, expect, it } from "vitest";
import { expectedFinding, findingsOf, scanFixtures } from "../fixtures/scan-fixtures.ts";

const present = expectedFinding("pdb.present", "scaling.pod.pdb");
const selectsWorkload = expectedFinding("pdb.selects-workload", "scaling.pod.pdb");
const allowsEviction = expectedFinding("pdb.allows-eviction", "scaling.pod.pdb");

describe("PodDisruptionBudget", () => {
  it("passes a PDB with maxUnavailable 1 selecting the workload, pointing at its selector", () => {
    const file = "disruption-budget/pass-max-unavailable.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "pdb.present")).toEqual([present("pass", file, 25)]);
    expect(findingsOf(result, "pdb.selects-workload")).toEqual([selectsWorkload("pass", file, 25)]);
    expect(findingsOf(result, "pdb.allows-eviction")).toEqual([allowsEviction("pass", file, 24)]);
  });

  it("selects by matchExpressions (In, Exists, DoesNotExist, NotIn) and measures minAvailable against the HPA minimum", () => {
    const file = "disruption-budget/pass-min-available-below-hpa-minimum.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "pdb.present")).toEqual([present("pass", file, 34)]);
    expect(findingsOf(result, "pdb.allows-eviction")).toEqual([allowsEviction("pass", file, 33)]);
    expect(result.findings.find((finding) => finding.checkId === "pdb.allows-eviction")?.message).toContain("minAvailable 50% of 3 pods (the minReplicas of HPA orders) keeps 2 running");
  });

  it("relates a PDB and a Deployment in different files", () => {
    const result = scanFixtures("disruption-budget/pass-split-deployment.yaml", "disruption-budget/pass-split-budget.yaml");
    expect(findingsOf(result, "pdb.present")).toEqual([present("pass", "disruption-budget/pass-split-budget.yaml", 8)]);
    expect(findingsOf(result, "pdb.allows-eviction")).toEqual([allowsEviction("pass", "disruption-budget/pass-split-budget.yaml", 7)]);
  });

  it("does not count a PDB of another app, or of the same app in another namespace", () => {
    const file = "disruption-budget/fail-selects-another-app.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "pdb.present")).toEqual([present("fail", file, 1)]);
    expect(findingsOf(result, "pdb.selects-workload")).toEqual([selectsWorkload("warn", file, 24), selectsWorkload("warn", file, 35)]);
  });

  it.each([
    ["disruption-budget/fail-min-available-equals-replicas.yaml", 23],
    ["disruption-budget/fail-max-unavailable-zero.yaml", 23],
  ])("fails %s, which blocks every eviction, at the budget's field", (file, line) => {
    const result = scanFixtures(file);
    expect(findingsOf(result, "pdb.allows-eviction")).toEqual([allowsEviction("fail", file, line)]);
    expect(result.findings.find((finding) => finding.checkId === "pdb.allows-eviction")).toMatchObject({ severity: "high", message: expect.stringContaining("blocks every eviction") });
  });

  it("passes a PDB that selects the pods an operator runs for a custom resource (spec.podMetadata.labels, or the Prometheus operator's name label)", () => {
    const file = "disruption-budget/pass-selects-operator-pods.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "pdb.selects-workload")).toEqual([selectsWorkload("pass", file, 20), selectsWorkload("pass", file, 40)]);
    expect(result.findings.map((finding) => finding.message)).toEqual([
      "PodDisruptionBudget monitoring/prometheus-k8s: selects the pods its operator runs for Prometheus monitoring/k8s.",
      "PodDisruptionBudget monitoring/alertmanager-main: selects the pods its operator runs for Alertmanager monitoring/main.",
    ]);
  });
});

