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
});
