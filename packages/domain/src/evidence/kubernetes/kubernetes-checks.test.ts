import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PRACTICE_CATALOGUE } from "../../practices/catalogue.ts";
import { expectedFinding, findingsOf, fixture, scanFixtures } from "./fixtures/scan-fixtures.ts";
import { checkKubernetes, KUBERNETES_CHECKS } from "./kubernetes-checks.ts";

const FIXTURE_FILES = readdirSync(new URL("./fixtures/", import.meta.url), { recursive: true, encoding: "utf8" })
  .filter((path) => path.endsWith(".yaml"))
  .map((path) => path.replaceAll("\\", "/"))
  .sort();

describe("checking Kubernetes manifests", () => {
  it("gives every check a unique ID and a practice of the catalogue", () => {
    const practiceIds = new Set(PRACTICE_CATALOGUE.items.map((item) => item.id));
    expect(new Set(KUBERNETES_CHECKS.map((check) => check.checkId)).size).toBe(KUBERNETES_CHECKS.length);
    for (const check of KUBERNETES_CHECKS) expect(practiceIds, check.checkId).toContain(check.practiceId);
  });

  it("proves every check both ways: some fixture passes it and some fixture fails (or warns on) it", () => {
    const result = checkKubernetes(FIXTURE_FILES.map(fixture));
    for (const { checkId } of KUBERNETES_CHECKS) {
      const statuses = new Set(result.findings.filter((finding) => finding.checkId === checkId).map((finding) => finding.status));
      expect([checkId, statuses.has("pass"), statuses.has("fail") || statuses.has("warn")]).toEqual([checkId, true, true]);
    }
  });

  it("reads only YAML and JSON: a CODEOWNERS file beside the manifests is no YAML error", () => {
    const result = checkKubernetes([{ path: ".github/CODEOWNERS", text: "* @example-org/team-b\n/docs/ @example-org/writers\n" }]);
    expect(result.errors).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it("points findings of helm template output at the chart's template files", () => {
    const result = scanFixtures("reading/pass-helm-template-output.yaml");
    expect(result.errors).toEqual([]);
    expect(findingsOf(result, "pdb.present")).toEqual([expectedFinding("pdb.present", "scaling.pod.pdb")("pass", "orders/templates/pdb.yaml", 10)]);
    expect(findingsOf(result, "image-pull-policy.if-not-present")).toEqual([
      expectedFinding("image-pull-policy.if-not-present", "deploy.image-pull-policy.if-not-present")("fail", "orders/templates/deployment.yaml", 43),
    ]);
  });

  it("checks the items of a List like separate objects", () => {
    const result = scanFixtures("reading/pass-list.yaml");
    expect(findingsOf(result, "pdb.allows-eviction")).toEqual([expectedFinding("pdb.allows-eviction", "scaling.pod.pdb")("pass", "reading/pass-list.yaml", 23)]);
  });

  it("reports invalid YAML and unrendered templates as problems with file, line and column, and goes on with the other files", () => {
    const result = scanFixtures("reading/fail-invalid-yaml.yaml", "reading/fail-unrendered-template.yaml", "rollout/fail-recreate.yaml");
    expect(result.files).toBe(3);
    expect(result.errors.map(({ file, line, column }) => ({ file, line, column }))).toEqual([
      { file: "reading/fail-invalid-yaml.yaml", line: 9, column: 9 },
      { file: "reading/fail-invalid-yaml.yaml", line: 10, column: 1 },
      { file: "reading/fail-unrendered-template.yaml", line: 4, column: 9 },
    ]);
    expect(findingsOf(result, "rollout.rolling-update")).toEqual([expectedFinding("rollout.rolling-update", "deploy.workload.rolling-update")("fail", "rollout/fail-recreate.yaml", 8)]);
  });

  it("gives no findings for YAML that is not Kubernetes", () => {
    expect(scanFixtures("reading/pass-not-kubernetes.yaml")).toEqual({ files: 1, findings: [], errors: [] });
  });

  it("orders findings by file, line and check", () => {
    const { findings } = checkKubernetes(FIXTURE_FILES.map(fixture));
    const keys = findings.map((finding) => [finding.file, finding.line, finding.checkId] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0)));
    expect(keys).toEqual(sorted);
  });

  it("scans 1,000 files of one namespace, relating each Deployment to its own PDB and HPA only", () => {
    const files = Array.from({ length: 1000 }, (_, number) => ({
      path: `apps/app-${number}.yaml`,
      text: [
        "apiVersion: apps/v1",
        "kind: Deployment",
        `metadata: { name: app-${number}, namespace: shop }`,
        "spec:",
        "  template:",
        `    metadata: { labels: { app: app-${number}, team: checkout } }`,
        "    spec:",
        "      containers:",
        `        - { name: app, image: "registry.example.com/app-${number}:1.0.${number}" }`,
        "---",
        "apiVersion: policy/v1",
        "kind: PodDisruptionBudget",
        `metadata: { name: app-${number}, namespace: shop }`,
        `spec: { maxUnavailable: 1, selector: { matchLabels: { app: app-${number} } } }`,
        "---",
        "apiVersion: autoscaling/v2",
        "kind: HorizontalPodAutoscaler",
        `metadata: { name: app-${number}, namespace: shop }`,
        `spec: { minReplicas: 2, maxReplicas: 5, scaleTargetRef: { kind: Deployment, name: app-${number} } }`,
        "",
      ].join("\n"),
    }));
    const result = checkKubernetes(files);
    expect(result.files).toBe(1000);
    expect(result.errors).toEqual([]);
    for (const checkId of ["pdb.present", "pdb.allows-eviction", "hpa.present", "hpa.target-exists", "replicas.desired-count"]) {
      const findings = result.findings.filter((finding) => finding.checkId === checkId);
      expect([checkId, findings.length, findings.every((finding) => finding.status === "pass")]).toEqual([checkId, 1000, true]);
    }
    expect(result.findings.find((finding) => finding.checkId === "pdb.allows-eviction" && finding.object.name === "app-999")?.message).toContain("for Deployment shop/app-999");
  });
});
