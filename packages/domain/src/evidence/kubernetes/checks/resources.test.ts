import { describe, expect, it } from "vitest";
import { expectedFinding, findingsOf, scanFixtures } from "../fixtures/scan-fixtures.ts";

const requestsAndLimits = expectedFinding("resources.requests-and-limits", "scaling.pod.guaranteed-qos");
const guaranteed = expectedFinding("resources.guaranteed-qos", "scaling.pod.guaranteed-qos");

describe("resources", () => {
  it("pass requests equal to limits written in different units (1 = 1000m, 1Gi = 1024Mi)", () => {
    const file = "resources/pass-guaranteed.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "resources.requests-and-limits")).toEqual([requestsAndLimits("pass", file, 12)]);
    expect(findingsOf(result, "resources.guaranteed-qos")).toEqual([guaranteed("pass", file, 12)]);
  });

  it("fail Guaranteed QoS when a request is below its limit", () => {
    const file = "resources/fail-requests-below-limits.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "resources.requests-and-limits")).toEqual([requestsAndLimits("pass", file, 12)]);
    expect(findingsOf(result, "resources.guaranteed-qos")).toEqual([guaranteed("fail", file, 12)]);
  });

  it("fail every container without limits, at its resources or at the container", () => {
    const file = "resources/fail-no-limits.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "resources.requests-and-limits")).toEqual([requestsAndLimits("fail", file, 12), requestsAndLimits("fail", file, 16)]);
    expect(findingsOf(result, "resources.guaranteed-qos")).toEqual([guaranteed("fail", file, 12), guaranteed("fail", file, 16)]);
  });

  it("count limits without requests as Guaranteed (requests default to limits) but still ask for explicit requests", () => {
    const file = "resources/fail-limits-only.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "resources.requests-and-limits")).toEqual([requestsAndLimits("fail", file, 12)]);
    expect(findingsOf(result, "resources.guaranteed-qos")).toEqual([guaranteed("pass", file, 12)]);
  });
});
