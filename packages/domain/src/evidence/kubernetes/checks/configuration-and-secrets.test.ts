import { describe, expect, it } from "vitest";
import { expectedFinding, findingsOf, scanFixtures } from "../fixtures/scan-fixtures.ts";

const configMap = expectedFinding("config.configmap", "config.public.configmap");
const secrets = expectedFinding("secrets.encrypted", "config.private.secret-sops");

describe("configuration and secrets", () => {
  it.each([
    ["configuration-and-secrets/pass-configmap-env-from.yaml", 15],
    ["configuration-and-secrets/pass-configmap-key-ref.yaml", 15],
    ["configuration-and-secrets/pass-configmap-volume.yaml", 20],
  ])("%s reads a ConfigMap, shown at the reference", (file, line) => {
    expect(findingsOf(scanFixtures(file), "config.configmap")).toEqual([configMap("pass", file, line)]);
  });

  it("fails a workload with inline environment values only", () => {
    const file = "configuration-and-secrets/fail-inline-env-only.yaml";
    expect(findingsOf(scanFixtures(file), "config.configmap")).toEqual([configMap("fail", file, 8)]);
  });

  it("fails every plain Secret with data or stringData, with high severity, at that field", () => {
    const file = "configuration-and-secrets/fail-plain-secret.yaml";
    const result = scanFixtures(file);
    expect(findingsOf(result, "secrets.encrypted")).toEqual([secrets("fail", file, 7), secrets("fail", file, 16)]);
    expect(result.findings.every((finding) => finding.severity === "high")).toBe(true);
  });

  it("passes a SOPS-encrypted Secret", () => {
    const file = "configuration-and-secrets/pass-sops-secret.yaml";
    expect(findingsOf(scanFixtures(file), "secrets.encrypted")).toEqual([secrets("pass", file, 7)]);
  });

  it("passes ExternalSecret and SealedSecret objects and ignores a Secret without data", () => {
    const file = "configuration-and-secrets/pass-external-and-sealed-secrets.yaml";
    expect(findingsOf(scanFixtures(file), "secrets.encrypted")).toEqual([secrets("pass", file, 1), secrets("pass", file, 12)]);
  });

  it("says stringData is plain text and data only base64, in the failure of each", () => {
    const messages = scanFixtures("configuration-and-secrets/fail-plain-secret.yaml").findings.filter((finding) => finding.checkId === "secrets.encrypted").map((finding) => finding.message);
    expect(messages).toEqual([
      "Secret shop/orders-credentials: stringData is committed in plain text and the file carries no sops metadata.",
      "Secret shop/orders-tls: data is committed in base64, which is an encoding, not encryption, and the file carries no sops metadata.",
    ]);
  });
});

