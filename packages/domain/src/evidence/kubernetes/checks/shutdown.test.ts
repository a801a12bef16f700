import { describe, expect, it } from "vitest";
import { expectedFinding, findingsOf, scanFixtures } from "../fixtures/scan-fixtures.ts";

const preStop = expectedFinding("shutdown.prestop-wait", "deploy.shutdown.prestop-wait");
const grace = expectedFinding("shutdown.bounded-grace-period", "deploy.shutdown.bounded-grace-period");

describe("graceful shutdown", () => {
  it.each([
    ["shutdown/pass-prestop-sleep-action.yaml", 14, 9],
    ["shutdown/pass-prestop-exec-sleep.yaml", 14, 9],
  ])("%s: a preStop sleep, and a grace period longer than it and at most 300 s", (file, preStopLine, graceLine) => {
    const result = scanFixtures(file);
    expect(findingsOf(result, "shutdown.prestop-wait")).toEqual([preStop("pass", file, preStopLine)]);
    expect(findingsOf(result, "shutdown.bounded-grace-period")).toEqual([grace("pass", file, graceLine)]);
  });

  it("fails a container without preStop, and a grace period above 300 s", () => {
    const file = "shutdown/fail-no-prestop-unbounded-grace.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "shutdown.prestop-wait")).toEqual([preStop("fail", file, 11)]);
    expect(findingsOf(result, "shutdown.bounded-grace-period")).toEqual([grace("fail", file, 9)]);
  });

  it("fails a grace period that ends before the preStop sleep does", () => {
    const file = "shutdown/fail-grace-shorter-than-wait.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "shutdown.bounded-grace-period")).toEqual([grace("fail", file, 9)]);
    expect(result.findings.find((finding) => finding.checkId === "shutdown.bounded-grace-period")?.message).toContain("15 s, not longer than the 20 s preStop wait");
  });

  it("warns for a preStop hook without a visible sleep and for a grace period left to the default", () => {
    const file = "shutdown/warn-prestop-http-default-grace.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "shutdown.prestop-wait")).toEqual([preStop("warn", file, 13)]);
    expect(findingsOf(result, "shutdown.bounded-grace-period")).toEqual([grace("warn", file, 8)]);
  });

  it("warns once, instead of failing each container, when the scanned Services send the pods no traffic; the grace period says there is no wait to cover", () => {
    const file = "shutdown/warn-prestop-of-unserved-worker.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "shutdown.prestop-wait")).toEqual([preStop("warn", file, 26)]);
    expect(result.findings.find((finding) => finding.checkId === "shutdown.prestop-wait")?.message).toBe(
      "Deployment shop/orders-worker: no preStop hook, but no scanned Service selects its pods, so no traffic waits for them.",
    );
    expect(findingsOf(result, "shutdown.bounded-grace-period")).toEqual([grace("pass", file, 24)]);
    expect(result.findings.find((finding) => finding.checkId === "shutdown.bounded-grace-period")?.message).toBe(
      "Deployment shop/orders-worker: terminationGracePeriodSeconds is 20 s, with no preStop wait to cover, and within 300 s.",
    );
  });
});

