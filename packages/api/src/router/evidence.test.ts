import fs from "node:fs";
import path from "node:path";
import git from "isomorphic-git";
import { SAMPLE_DEPLOYMENT, SAMPLE_NAMESPACE, tarGz, writeSampleRepository } from "@topograph/sources/testing";
import { describe, expect, it } from "vitest";
import { demoApi, failure, invalidFields } from "../testing/caller.ts";

const kubernetesRepository = () => writeSampleRepository();

const readiness = (result: { rules: { id: string; status: string; facts: { detail?: string }[] }[] }, id: string) => result.rules.find((r) => r.id === id)!;

describe("evidence procedures", () => {
  it("scan a repository: findings are stored and become facts that scorecards cite with file and line", async () => {
    const root = kubernetesRepository();
    const { api } = await demoApi({ scanRoots: [root] });
    const scan = await api.evidence.scan({ source: { kind: "directory", path: root } });
    expect(scan).toMatchObject({ reused: false, files: 2, errors: 0 });
    expect(scan.findings).toBeGreaterThan(5);

    const findings = await api.evidence.findings({ scanId: scan.scanId });
    expect(findings).toContainEqual(expect.objectContaining({ practiceId: "deploy.probes.liveness", status: "fail", file: "b-service/deployment.yaml", object: { kind: "Deployment", namespace: "b-service", name: "b-service" } }));
    expect((await api.evidence.findings({ component: "b-service" })).length).toBeGreaterThan(0);
    expect((await api.evidence.scans({})).map((s) => s.sourceKey)).toEqual([`directory:${path.resolve(root)}`]);
    expect((await api.evidence.scans({ scanId: scan.scanId })).map((s) => s.id)).toEqual([scan.scanId]);
    // A scan without a component is still b-service's when its findings went to b-service by object name.
    expect((await api.evidence.scans({ component: "b-service" })).map((s) => s.id)).toEqual([scan.scanId]);
    expect(await api.evidence.scans({ component: "x-frontend" })).toEqual([]);

    const b = await api.scorecard.evaluate({ scorecardId: "deployment-readiness", entity: { kind: "component", slug: "b-service" } });
    expect(readiness(b, "deploy.probes.readiness").facts[0]!.detail).toMatch(/^evidence: .* \(directory:.*: b-service\/deployment\.yaml:17\)$/);
    expect(readiness(b, "deploy.probes.startup")).toMatchObject({ status: "fail" });
    const mesh = await api.scorecard.evaluate({ scorecardId: "resilience-and-scaling", entity: { kind: "component", slug: "b-service" } });
    expect(mesh.rules.find((r) => r.id === "in-mesh")!.status).toBe("pass");
  });

  it("show verified evidence on the checklist, apart from answers, and flag answers it contradicts", async () => {
    const root = kubernetesRepository();
    const { api } = await demoApi({ scanRoots: [root] });
    await api.evidence.scan({ source: { kind: "directory", path: root } });
    const checklist = await api.checklist.get({ scope: { kind: "component", slug: "b-service" } });
    const entry = (id: string) => checklist.sections.flatMap((s) => s.entries).find((e) => e.item.id === id)!;
    expect(entry("deploy.probes.readiness")).toMatchObject({ status: "adopted", source: "answered", verified: { holds: true, file: "b-service/deployment.yaml", line: 17 }, contradicted: false });
    expect(entry("deploy.probes.liveness")).toMatchObject({ status: "not-adopted", verified: { holds: false }, contradicted: false });
    expect(entry("scaling.pod.pdb")).toMatchObject({ status: "not-adopted", verified: { holds: true }, contradicted: true });
    const namespace = await api.checklist.get({ scope: { kind: "namespace", slug: "prd-b-service" } });
    expect(namespace.sections.flatMap((s) => s.entries).find((e) => e.item.id === "mesh.namespace-in-mesh")).toMatchObject({ verified: { holds: true, file: "b-service/namespace.yaml" } });
  });

  it("replace the facts of a source on a re-scan, so proof that is gone stops counting", async () => {
    const root = kubernetesRepository();
    const { api } = await demoApi({ scanRoots: [root] });
    await api.evidence.scan({ source: { kind: "directory", path: root } });
    fs.rmSync(path.join(root, "b-service", "deployment.yaml"));
    await api.evidence.scan({ source: { kind: "directory", path: root } });
    const b = await api.scorecard.evaluate({ scorecardId: "deployment-readiness", entity: { kind: "component", slug: "b-service" } });
    expect(readiness(b, "deploy.probes.readiness").facts[0]!.detail).toBe("checklist: adopted");
    expect(await api.evidence.scans({})).toHaveLength(2);
  });

  it("scan an uploaded archive", async () => {
    const { api } = await demoApi();
    const archive = await tarGz([
      { name: "b-service-kubernetes-main/b-service/deployment.yaml", content: SAMPLE_DEPLOYMENT },
      { name: "b-service-kubernetes-main/b-service/namespace.yaml", content: SAMPLE_NAMESPACE },
    ]);
    const scan = await api.evidence.scan({ source: { kind: "archive", fileName: "b-service-kubernetes.tar.gz", base64: archive.toString("base64") }, component: "b-service" });
    expect(scan).toMatchObject({ files: 2, errors: 0, commit: null });
    expect(await api.evidence.findings({ scanId: scan.scanId })).toContainEqual(expect.objectContaining({ practiceId: "deploy.probes.readiness", status: "pass", file: "b-service/deployment.yaml", line: 17 }));
    expect(invalidFields(await failure(api.evidence.scan({ source: { kind: "archive", fileName: "repo.rar", base64: "AAAA" } })))).toEqual(["source.fileName"]);
  });

  it("scan a git repository at its commit, and treat the same commit scanned again as done", async () => {
    const root = writeSampleRepository();
    await git.init({ fs, dir: root });
    for (const file of ["b-service/deployment.yaml", "b-service/namespace.yaml"]) await git.add({ fs, dir: root, filepath: file });
    const commit = await git.commit({ fs, dir: root, message: "manifests", author: { name: "Aiko", email: "aiko@example.com" } });
    const { api } = await demoApi({ scanRoots: [root] });
    const first = await api.evidence.scan({ source: { kind: "git", path: root } });
    expect(first).toMatchObject({ reused: false, commit, files: 2 });
    const again = await api.evidence.scan({ source: { kind: "git", path: root, ref: commit } });
    expect(again).toMatchObject({ reused: true, scanId: first.scanId });
    expect(await api.evidence.scans({})).toHaveLength(1);
    expect(invalidFields(await failure(api.evidence.scan({ source: { kind: "git", url: "ftp://example.com/repo.git" } })))).toEqual(["source.url"]);
    expect((await failure(api.evidence.scan({ source: { kind: "git", url: "http://169.254.169.254/latest/meta-data" } }))).message).toMatch(/set TOPOGRAPH_SCAN_GIT_HOSTS/);
  });

  it("refuse directories outside the allowed roots, unknown components and bad input, storing nothing", async () => {
    const root = kubernetesRepository();
    const { api } = await demoApi({ scanRoots: [path.join(root, "b-service")] });
    expect(invalidFields(await failure(api.evidence.scan({ source: { kind: "directory", path: root } })))).toEqual(["source.path"]);
    expect(invalidFields(await failure(api.evidence.scan({ source: { kind: "directory", path: path.join(root, "b-service") }, component: "nope" })))).toEqual(["component"]);
    expect(invalidFields(await failure(api.evidence.scan({ source: { kind: "ftp", path: "x" } as never })))).toEqual(["source"]);
    expect((await failure(api.evidence.findings({ scanId: "nope" }))).code).toBe("NOT_FOUND");
    expect(await api.evidence.scans({})).toEqual([]);
    const { api: closed } = await demoApi();
    expect((await failure(closed.evidence.scan({ source: { kind: "directory", path: root } }))).message).toMatch(/set TOPOGRAPH_SCAN_ROOTS/);
  });
});

const CI_WITHOUT_BROWSER_TESTS = `name: ci
on: push
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
      - run: npm test
`;

const application = (name: string, namespace: string) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://github.com/example-org/b-service-kubernetes.git
    path: overlays/production
  destination:
    server: https://kubernetes.default.svc
    namespace: ${namespace}
  syncPolicy:
    automated: {}
`;

describe("evidence against the catalog", () => {
  it("keep findings about practices not asked of the component's kind in the scan, marked, and out of its counts and facts", async () => {
    const root = writeSampleRepository({ ".github/workflows/ci.yml": CI_WITHOUT_BROWSER_TESTS });
    const { api, db } = await demoApi({ scanRoots: [root] });
    const { scanId } = await api.evidence.scan({ source: { kind: "directory", path: root }, component: "b-service" });
    const findings = await api.evidence.findings({ scanId });
    const notAsked = findings.filter((finding) => !finding.asked);
    expect(notAsked.map((finding) => finding.practiceId).sort()).toEqual(["delivery.frontend.browser-e2e", "testing.e2e"]);
    expect(notAsked.find((finding) => finding.practiceId === "delivery.frontend.browser-e2e")).toMatchObject({
      status: "fail",
      asked: false,
      notAskedOf: "microservice",
      reason: "Browser end-to-end tests is not asked of a microservice (b-service); only of frontend components.",
    });
    expect(findings.find((finding) => finding.practiceId === "testing.unit")).toMatchObject({ asked: true, status: "pass" });

    const [scan] = await api.evidence.scans({ scanId });
    const asked = findings.filter((finding) => finding.asked);
    expect(scan).toMatchObject({ fail: asked.filter((f) => f.status === "fail").length, warn: asked.filter((f) => f.status === "warn").length, pass: asked.filter((f) => f.status === "pass").length });
    expect((await api.evidence.findings({ component: "b-service" })).filter((finding) => !finding.asked)).toHaveLength(2);
    const factKeys = (await db.evidenceFact.findMany({ select: { key: true } })).map((fact) => fact.key);
    expect(factKeys).toContain("delivery.stage.e2e");
    expect(factKeys).not.toContain("delivery.frontend.browser-e2e");
  });

  it("give an ArgoCD Application's automated sync to its destination namespaces, and warn when the catalog deploys the component elsewhere", async () => {
    const root = writeSampleRepository({ "apps/b-service.yaml": application("b-service", "b-service"), "apps/b-service-canary.yaml": application("b-service-canary", "b-svc") });
    const { api } = await demoApi({ scanRoots: [root] });
    const { scanId } = await api.evidence.scan({ source: { kind: "directory", path: root }, component: "b-service" });
    const drift = (await api.evidence.findings({ scanId })).filter((finding) => finding.checkId === "argocd.destination-in-catalog");
    expect(drift).toEqual([
      expect.objectContaining({
        status: "warn",
        file: "apps/b-service-canary.yaml",
        line: 13,
        object: { kind: "Application", namespace: "argocd", name: "b-service-canary" },
        message: "ArgoCD Application b-service-canary deploys into namespace b-svc; the catalog lists b-service in b-service.",
        remediation: expect.stringMatching(/^Fix the catalog .* or the Application's spec\.destination\.namespace/),
        asked: true,
      }),
    ]);
    for (const slug of ["stg-b-service", "prd-b-service"]) {
      const checklist = await api.checklist.get({ scope: { kind: "namespace", slug } });
      expect(checklist.sections.flatMap((s) => s.entries).find((e) => e.item.id === "delivery.gitops.cd-auto-sync")).toMatchObject({ verified: { holds: true, file: "apps/b-service.yaml" } });
    }
    // A scan never writes the catalog: b-service is still deployed where it was.
    expect((await api.component.get({ slug: "b-service" })).namespaces.map((n) => n.slug).sort()).toEqual(["prd-b-service", "stg-b-service"]);
  });

  it("check CODEOWNERS against the component's owning team and its strong ownership", async () => {
    const root = writeSampleRepository({ ".github/CODEOWNERS": "*       @example-org/team-a\n*.sql   @example-org/dba daichi.kato@example.com\n" });
    const { api } = await demoApi({ scanRoots: [root] });
    const { scanId } = await api.evidence.scan({ source: { kind: "directory", path: root }, component: "b-service" });
    const findings = await api.evidence.findings({ scanId });
    const verdict = (checkId: string) => findings.filter((f) => f.checkId === checkId).map(({ status, file, line }) => `${status} ${file}:${line}`);
    expect(verdict("codeowners.catalog-owner")).toEqual(["fail .github/CODEOWNERS:1"]);
    expect(verdict("codeowners.strong-ownership")).toEqual(["fail .github/CODEOWNERS:1", "fail .github/CODEOWNERS:2"]);
    expect(findings.find((f) => f.checkId === "codeowners.catalog-owner")!.message).toBe("CODEOWNERS gives the repository to @example-org/team-a, none of which is b-service's owning team in the catalog (team-b).");

    const checklist = await api.checklist.get({ scope: { kind: "component", slug: "b-service" } });
    const entry = (id: string) => checklist.sections.flatMap((s) => s.entries).find((e) => e.item.id === id)!;
    expect(entry("org.ownership.owner-assigned")).toMatchObject({ verified: { holds: false, file: ".github/CODEOWNERS", line: 1 } });
    expect(entry("org.ownership.strong.single-owner")).toMatchObject({ verified: { holds: false, file: ".github/CODEOWNERS", line: 1 } });

    const fixed = writeSampleRepository({ ".github/CODEOWNERS": "* @example-org/Team-B\n/docs/ emi.abe@example.com\n" });
    const { api: again } = await demoApi({ scanRoots: [fixed] });
    const rescanned = await again.evidence.scan({ source: { kind: "directory", path: fixed }, component: "b-service" });
    const passes = (await again.evidence.findings({ scanId: rescanned.scanId })).filter((f) => f.checkId.startsWith("codeowners."));
    expect(passes.map(({ checkId, status, line }) => `${checkId} ${status} ${line}`)).toEqual(["codeowners.catalog-owner pass 1", "codeowners.repository-owner pass 1", "codeowners.strong-ownership pass 1"]);
  });
});
