import { describe, expect, it } from "vitest";
import { expectedFinding, findingsOf, scanFixtures } from "../fixtures/scan-fixtures.ts";

const desired = expectedFinding("replicas.desired-count", "scaling.pod.desired-count");
const present = expectedFinding("hpa.present", "scaling.pod.hpa");
const minimum = expectedFinding("hpa.min-replicas", "scaling.pod.hpa");
const target = expectedFinding("hpa.target-exists", "scaling.pod.hpa");

describe("replicas and autoscaling", () => {
  it("pass when an HPA with minReplicas ≥ 2 manages a Deployment that leaves replicas unset, pointing at the HPA", () => {
    const file = "replicas-and-autoscaling/pass-hpa-manages-count.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "replicas.desired-count")).toEqual([desired("pass", file, 19)]);
    expect(findingsOf(result, "hpa.present")).toEqual([present("pass", file, 19)]);
    expect(findingsOf(result, "hpa.target-exists")).toEqual([target("pass", file, 22)]);
    expect(findingsOf(result, "hpa.min-replicas")).toEqual([minimum("pass", file, 23)]);
  });

  it("pass three replicas without an HPA for the count, but not for the HPA practice", () => {
    const file = "replicas-and-autoscaling/pass-three-replicas-without-hpa.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "replicas.desired-count")).toEqual([desired("pass", file, 7)]);
    expect(findingsOf(result, "hpa.present")).toEqual([present("fail", file, 1)]);
  });

  it("fail one replica, and a StatefulSet whose replicas default to one", () => {
    const file = "replicas-and-autoscaling/fail-single-replica.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "replicas.desired-count")).toEqual([desired("fail", file, 7), desired("fail", file, 19)]);
    expect(result.findings.filter((finding) => finding.checkId === "replicas.desired-count").map((finding) => finding.message.replace(/^.*?: /, ""))).toEqual([
      "spec.replicas is 1, so losing one pod or node stops the service.",
      "spec.replicas is not set and no HPA manages it (one pod), so losing one pod or node stops the service.",
    ]);
  });

  it("fail replicas written beside an HPA, and an HPA whose minReplicas defaults to 1", () => {
    const file = "replicas-and-autoscaling/fail-replicas-set-beside-hpa.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "replicas.desired-count")).toEqual([desired("fail", file, 7)]);
    expect(findingsOf(result, "hpa.min-replicas")).toEqual([minimum("fail", file, 19)]);
  });

  it("fail an HPA that points at a Deployment that does not exist, and do not count it for the Deployment it misses", () => {
    const file = "replicas-and-autoscaling/fail-hpa-target-missing.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "hpa.target-exists")).toEqual([target("fail", file, 10)]);
    expect(findingsOf(result, "hpa.present")).toEqual([present("fail", file, 14)]);
    expect(result.findings.find((finding) => finding.checkId === "hpa.target-exists")).toMatchObject({
      object: { kind: "HorizontalPodAutoscaler", namespace: "shop", name: "orders" },
      message: expect.stringContaining("Deployment order-service"),
    });
  });

  it("warn, not fail, for one pod of a version when its Service also selects other versions' pods", () => {
    const file = "replicas-and-autoscaling/warn-single-replica-versions-behind-one-service.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "replicas.desired-count")).toEqual([desired("warn", file, 18), desired("warn", file, 32)]);
    expect(result.findings.find((finding) => finding.checkId === "replicas.desired-count")?.message).toBe(
      "Deployment shop/reviews-v1: spec.replicas is 1, but Service reviews also selects Deployment shop/reviews-v2 (2 pods in all), so the Service keeps serving when this pod is lost; traffic routed to this workload alone does not.",
    );
  });
});

