import { describe, expect, it } from "vitest";
import { expectedFinding, findingsOf, scanFixtures } from "../fixtures/scan-fixtures.ts";

const startup = expectedFinding("probes.startup", "deploy.probes.startup");
const liveness = expectedFinding("probes.liveness", "deploy.probes.liveness");
const readiness = expectedFinding("probes.readiness", "deploy.probes.readiness");
const distinct = expectedFinding("probes.liveness-differs-from-readiness", "deploy.probes.endpoints");
const port = expectedFinding("probes.port-exposed", "deploy.probes.endpoints");

describe("probes", () => {
  it("pass for a container with startup, liveness and readiness probes on exposed ports, pointing at each probe", () => {
    const file = "probes/pass-all-probes.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "probes.startup")).toEqual([startup("pass", file, 21)]);
    expect(findingsOf(result, "probes.liveness")).toEqual([liveness("pass", file, 26)]);
    expect(findingsOf(result, "probes.readiness")).toEqual([readiness("pass", file, 30)]);
    expect(findingsOf(result, "probes.liveness-differs-from-readiness")).toEqual([distinct("pass", file, 30)]);
    expect(findingsOf(result, "probes.port-exposed")).toEqual([port("pass", file, 24), port("pass", file, 29), port("pass", file, 33)]);
  });

  it("fail at the container when a probe is missing", () => {
    const file = "probes/fail-no-probes.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "probes.startup")).toEqual([startup("fail", file, 13)]);
    expect(findingsOf(result, "probes.liveness")).toEqual([liveness("fail", file, 13)]);
    expect(findingsOf(result, "probes.readiness")).toEqual([readiness("fail", file, 13)]);
    expect(findingsOf(result, "probes.liveness-differs-from-readiness")).toEqual([]);
  });

  it("fail when liveness and readiness are the same probe, whatever the key order", () => {
    const file = "probes/fail-identical-probes.yaml";
    expect(findingsOf(scanFixtures(file), "probes.liveness-differs-from-readiness")).toEqual([distinct("fail", file, 18)]);
  });

  it("fail for a named port the container lacks, and warn for a number it does not list", () => {
    const file = "probes/fail-probe-port-not-exposed.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "probes.port-exposed")).toEqual([port("fail", file, 18), port("warn", file, 21)]);
    expect(result.findings.find((finding) => finding.status === "fail" && finding.checkId === "probes.port-exposed")?.message).toContain("named port health");
  });
});
