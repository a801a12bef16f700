import { describe, expect, it } from "vitest";
import { expectedFinding, findingsOf, scanFixtures } from "../fixtures/scan-fixtures.ts";

const zoneSpread = expectedFinding("zone-spread.topology", "deploy.workload.zone-spread");

describe("zone spread", () => {
  it("passes a topologySpreadConstraint on the zone key, at that key", () => {
    const file = "zone-spread/pass-topology-spread.yaml";
    expect(findingsOf(scanFixtures(file), "zone-spread.topology")).toEqual([zoneSpread("pass", file, 18)]);
  });

  it("passes preferred pod anti-affinity on the zone key", () => {
    const file = "zone-spread/pass-pod-anti-affinity.yaml";
    expect(findingsOf(scanFixtures(file), "zone-spread.topology")).toEqual([zoneSpread("pass", file, 18)]);
  });

  it("fails a spread over hostnames only, at the pod spec", () => {
    const file = "zone-spread/fail-hostname-only.yaml";
    expect(findingsOf(scanFixtures(file), "zone-spread.topology")).toEqual([zoneSpread("fail", file, 11)]);
  });
});
