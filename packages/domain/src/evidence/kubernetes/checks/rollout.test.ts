import { describe, expect, it } from "vitest";
import { expectedFinding, findingsOf, scanFixtures } from "../fixtures/scan-fixtures.ts";

const rolling = expectedFinding("rollout.rolling-update", "deploy.workload.rolling-update");

describe("rollout strategy", () => {
  it("counts a Deployment without a strategy as RollingUpdate", () => {
    const file = "rollout/pass-default-strategy.yaml";
    expect(findingsOf(scanFixtures(file), "rollout.rolling-update")).toEqual([rolling("pass", file, 6)]);
  });

  it("passes a StatefulSet's updateStrategy RollingUpdate at its type", () => {
    const file = "rollout/pass-rolling-update.yaml";
    expect(findingsOf(scanFixtures(file), "rollout.rolling-update")).toEqual([rolling("pass", file, 8)]);
  });

  it.each([
    ["rollout/fail-recreate.yaml", 8],
    ["rollout/fail-on-delete.yaml", 8],
  ])("fails %s at the strategy type", (file, line) => {
    expect(findingsOf(scanFixtures(file), "rollout.rolling-update")).toEqual([rolling("fail", file, line)]);
  });

  it("points at the strategy when it sets rollingUpdate parameters but no type", () => {
    const file = "rollout/pass-rolling-update-parameters-without-type.yaml";
    expect(findingsOf(scanFixtures(file), "rollout.rolling-update")).toEqual([rolling("pass", file, 8)]);
  });
});

