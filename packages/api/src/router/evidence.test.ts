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
