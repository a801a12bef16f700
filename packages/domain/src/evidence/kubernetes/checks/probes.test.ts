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

  it("judge liveness and readiness per pod: one container's probes cover a sidecar that has none", () => {
    const file = "probes/pass-probes-on-main-container-only.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "probes.startup")).toEqual([startup("pass", file, 18)]);
    expect(findingsOf(result, "probes.liveness")).toEqual([liveness("pass", file, 21)]);
    expect(findingsOf(result, "probes.readiness")).toEqual([readiness("pass", file, 23)]);
  });

  it("only warn for a missing readiness probe when the scanned Services send the pods no traffic, and still fail liveness", () => {
    const file = "probes/warn-readiness-of-unserved-worker.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "probes.readiness")).toEqual([readiness("warn", file, 25)]);
    expect(result.findings.find((finding) => finding.checkId === "probes.readiness")).toMatchObject({
      message: "Deployment shop/orders-worker, container worker: no readinessProbe, but no scanned Service selects its pods, so no traffic waits for them.",
      remediation: expect.stringMatching(/^Nothing to do while no Service selects these pods/),
    });
    expect(findingsOf(result, "probes.liveness")).toEqual([liveness("fail", file, 25)]);
  });

  it("fail a missing readiness probe when the scan defines no Service at all, since it cannot tell the pods get no traffic", () => {
    const file = "probes/fail-no-probes.yaml";
    expect(findingsOf(scanFixtures(file), "probes.readiness")).toEqual([readiness("fail", file, 13)]);
  });

  it("say which probes a missing startup probe leaves running during the start", () => {
    const messageOf = (file: string) => scanFixtures(file).findings.find((finding) => finding.checkId === "probes.startup")?.message;
    expect(messageOf("probes/fail-identical-probes.yaml")).toBe(
      "Deployment shop/orders, container app: no startupProbe, so its livenessProbe and readinessProbe run while the application is still starting, and a slow start can be restarted.",
    );
    expect(messageOf("probes/fail-no-probes.yaml")).toBe("Deployment shop/orders, container app: no startupProbe, and no livenessProbe or readinessProbe either.");
  });

  it("fail liveness and readiness that call the same endpoint and differ only in timing or headers", () => {
    const file = "probes/fail-same-endpoint-different-timing.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "probes.liveness-differs-from-readiness")).toEqual([distinct("fail", file, 21)]);
    expect(result.findings.find((finding) => finding.checkId === "probes.liveness-differs-from-readiness")?.message).toBe(
      "Deployment shop/orders, container app: livenessProbe and readinessProbe call the same endpoint (GET /healthz on port http) (they differ only in timing or headers).",
    );
  });
});
