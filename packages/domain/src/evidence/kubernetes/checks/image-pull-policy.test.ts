import { describe, expect, it } from "vitest";
import { expectedFinding, findingsOf, scanFixtures } from "../fixtures/scan-fixtures.ts";

const pullPolicy = expectedFinding("image-pull-policy.if-not-present", "deploy.image-pull-policy.if-not-present");

describe("image pull policy", () => {
  it("passes IfNotPresent with an immutable tag or digest, init containers included", () => {
    const file = "image-pull-policy/pass-if-not-present.yaml";
    expect(findingsOf(scanFixtures(file), "image-pull-policy.if-not-present")).toEqual([pullPolicy("pass", file, 12), pullPolicy("pass", file, 16)]);
  });

  it("fails Always, explaining why the article chooses IfNotPresent over kube-score's and Polaris' Always; warns when the policy is left to the default", () => {
    const file = "image-pull-policy/fail-always.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "image-pull-policy.if-not-present")).toEqual([pullPolicy("fail", file, 12), pullPolicy("warn", file, 13)]);
    const failure = result.findings.find((finding) => finding.checkId === "image-pull-policy.if-not-present" && finding.status === "fail")!;
    expect(failure.remediation).toMatch(/kube-score and Polaris prefer Always/);
    expect(failure.remediation).toMatch(/immutable tags/);
  });

  it("fails a latest or missing tag at the image line, even with IfNotPresent", () => {
    const file = "image-pull-policy/fail-latest-tag.yaml";
    expect(findingsOf(scanFixtures(file), "image-pull-policy.if-not-present")).toEqual([pullPolicy("fail", file, 11), pullPolicy("fail", file, 14)]);
  });

  it("says which pull policy is in force for a latest or missing tag: IfNotPresent when written, Always by default", () => {
    const messages = scanFixtures("image-pull-policy/fail-latest-tag.yaml").findings.filter((finding) => finding.checkId === "image-pull-policy.if-not-present").map((finding) => finding.message);
    expect(messages).toEqual([
      "Deployment shop/orders, container app: image registry.example.com/orders:latest has the tag latest, so imagePullPolicy IfNotPresent and each node keeps running whichever image it pulled first.",
      "Deployment shop/orders, container untagged: image busybox has no tag, so Kubernetes pulls it Always (the default for it): every start loads the registry and may run a different image.",
    ]);
  });

  it("fails a moving tag without a version (alpine), but not a version with a suffix (v1.62.0-alpine)", () => {
    const file = "image-pull-policy/fail-moving-tag.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "image-pull-policy.if-not-present")).toEqual([pullPolicy("fail", file, 11), pullPolicy("pass", file, 14)]);
    expect(result.findings.find((finding) => finding.checkId === "image-pull-policy.if-not-present" && finding.status === "fail")?.message).toBe(
      "Deployment shop/cart-cache, container redis: image redis:alpine has the moving tag alpine, so Kubernetes pulls it IfNotPresent (the default for it) and each node keeps running whichever image it pulled first.",
    );
  });
});

