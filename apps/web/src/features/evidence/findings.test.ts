import { describe, expect, it } from "vitest";
import type { TFinding } from "./evidence-types.ts";
import { askedOnly, countStatuses, findingLocation, groupByObject, groupByPractice, objectLabel, readStatusFilter, writeStatusFilter } from "./findings.ts";
import { sourceLabel } from "./source-label.ts";

const counted = {
  checkId: "probes.readiness",
  practiceId: "deploy.probes.readiness",
  status: "pass",
  severity: "high",
  object: { kind: "Deployment", namespace: "b-service", name: "b-service" } as TFinding["object"],
  file: "deployment.yaml",
  line: 24,
  message: "",
  remediation: "",
  scanId: "s1",
  asked: true as const,
};
const finding = (overrides: Partial<typeof counted>): TFinding => ({ ...counted, ...overrides });
const notCounted: TFinding = { ...counted, checkId: "ci.tests.browser-e2e", status: "fail", asked: false, notAskedOf: "microservice", reason: "Browser end-to-end tests is not asked of a microservice (b-service)." };

describe("evidence findings", () => {
  it("labels objects with their namespace, and files without one", () => {
    expect(objectLabel({ kind: "Deployment", namespace: "b-service", name: "api" })).toBe("Deployment b-service/api");
    expect(objectLabel({ kind: "File", namespace: null, name: ".github/CODEOWNERS" })).toBe("File .github/CODEOWNERS");
    expect(findingLocation({ file: "pdb.yaml", line: 3 })).toBe("pdb.yaml:3");
    expect(findingLocation({ file: ".github/CODEOWNERS", line: 0 })).toBe(".github/CODEOWNERS");
  });

  it("groups by object in file order, failures first within a group", () => {
    const groups = groupByObject([
      finding({ checkId: "probes.readiness", status: "pass", line: 30 }),
      finding({ checkId: "probes.liveness", practiceId: "deploy.probes.liveness", status: "fail", line: 24 }),
      finding({ object: { kind: "Namespace", namespace: null, name: "b-service" }, practiceId: "mesh.namespace-in-mesh", file: "namespace.yaml", line: 1 }),
    ]);
    expect(groups.map((g) => g.key)).toEqual(["Deployment b-service/b-service", "Namespace b-service"]);
    expect(groups[0]!.findings.map((f) => f.checkId)).toEqual(["probes.liveness", "probes.readiness"]);
    expect(groups[0]!.counts).toEqual({ fail: 1, warn: 0, pass: 1 });
  });

  it("groups by practice in catalogue order, practices with failures first", () => {
    const groups = groupByPractice(
      [finding({ practiceId: "b" }), finding({ practiceId: "a" }), finding({ practiceId: "c", status: "warn" }), finding({ practiceId: "z", status: "fail" })],
      ["a", "b", "c"],
    );
    expect(groups.map((g) => g.key)).toEqual(["z", "c", "a", "b"]);
  });

  it("keeps findings that do not count as evidence in their group, last and out of its counts", () => {
    const [group] = groupByObject([notCounted, finding({ status: "pass" }), finding({ checkId: "probes.liveness", status: "warn" })]);
    expect(group!.findings.map((f) => f.checkId)).toEqual(["probes.liveness", "probes.readiness", "ci.tests.browser-e2e"]);
    expect(group!.counts).toEqual({ fail: 0, warn: 1, pass: 1 });
    expect(askedOnly([notCounted, finding({})])).toHaveLength(1);
    expect(groupByPractice([notCounted, finding({ practiceId: "a" })], ["a"]).map((g) => g.key)).toEqual(["a", "deploy.probes.readiness"]);
  });

  it("counts statuses and reads the status filter from the URL", () => {
    expect(countStatuses([finding({ status: "fail" }), finding({ status: "fail" }), finding({ status: "warn" })])).toEqual({ fail: 2, warn: 1, pass: 0 });
    expect(readStatusFilter(null)).toEqual(["fail", "warn", "pass"]);
    expect(readStatusFilter("pass,fail,bogus")).toEqual(["fail", "pass"]);
    expect(readStatusFilter("bogus")).toEqual(["fail", "warn", "pass"]);
    expect(writeStatusFilter(["pass", "fail"])).toBe("fail,pass");
    expect(writeStatusFilter(["fail", "warn", "pass"])).toBe("");
  });

  it("reads a source key as a kind and a location", () => {
    expect(sourceLabel("directory:/repos/b-service-kubernetes")).toEqual({ kind: "Directory", location: "/repos/b-service-kubernetes" });
    expect(sourceLabel("git:https://example.com/b.git")).toEqual({ kind: "Git", location: "https://example.com/b.git" });
    expect(sourceLabel("plain")).toEqual({ kind: "Source", location: "plain" });
  });
});
