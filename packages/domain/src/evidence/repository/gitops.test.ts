import { describe, expect, it } from "vitest";
import type { TFinding } from "../finding.ts";
import { readFixture } from "./fixtures/read-fixture.ts";
import { checkGitOps, isSopsEncrypted, readGitOps } from "./gitops.ts";

function verdicts(findings: readonly TFinding[], practiceId: string) {
  return findings.filter((finding) => finding.practiceId === practiceId).map(({ object, status, file, line }) => ({ name: object.name, status, file, line }));
}

describe("reading GitOps configuration", () => {
  describe("a Kubernetes repository with ArgoCD Applications, an app of apps and SOPS", () => {
    const { gitops, problems } = readGitOps(readFixture("orders-kubernetes"));
    const findings = checkGitOps(gitops);

    it("reads Applications and ApplicationSets (with ArgoCD's own {{ }} parameters) without problems, and no other manifest", () => {
      expect(problems).toEqual([]);
      expect(gitops.applications.map(({ kind, name, file, line }) => ({ kind, name, file, line }))).toEqual([
        { kind: "Application", name: "orders-apps", file: "apps/root.yaml", line: 2 },
        { kind: "Application", name: "orders-dev", file: "apps/orders/orders.yaml", line: 1 },
        { kind: "Application", name: "orders-prod", file: "apps/orders/orders.yaml", line: 20 },
        { kind: "ApplicationSet", name: "orders-previews", file: "appsets/previews.yaml", line: 1 },
      ].sort((a, b) => a.file.localeCompare(b.file)));
    });

    it("records which repository path deploys to which cluster and namespace", () => {
      const prod = gitops.applications.find((application) => application.name === "orders-prod")!;
      expect(prod.sources).toEqual([{ repoURL: "https://github.com/acme/orders-kubernetes.git", path: "orders/overlays/prod", chart: null, targetRevision: "main" }]);
      expect(prod.destination).toEqual({ server: null, name: "production", namespace: "orders" });
      const previews = gitops.applications.find((application) => application.name === "orders-previews")!;
      expect(previews.destination.namespace).toBe("orders-{{path.basename}}");
    });

    it("passes automated sync at each syncPolicy and fails the Application synced by hand", () => {
      expect(verdicts(findings, "delivery.gitops.cd-auto-sync")).toEqual([
        { name: "orders-dev", status: "pass", file: "apps/orders/orders.yaml", line: 17 },
        { name: "orders-prod", status: "fail", file: "apps/orders/orders.yaml", line: 34 },
        { name: "orders-apps", status: "pass", file: "apps/root.yaml", line: 16 },
        { name: "orders-previews", status: "pass", file: "appsets/previews.yaml", line: 25 },
      ]);
    });

    it("names the namespace each automated-sync finding speaks for, unless the destination is templated", () => {
      const destinations = findings.filter((finding) => finding.checkId === "argocd.automated-sync").map((finding) => [finding.object.name, finding.destinationNamespace]);
      expect(destinations).toEqual([
        ["orders-dev", "orders-dev"],
        ["orders-prod", "orders"],
        ["orders-apps", "argocd"],
        ["orders-previews", undefined],
      ]);
      expect(gitops.applications.find((application) => application.name === "orders-prod")!.destinationLine).toBe(33);
    });

    it("recognises the parent Application whose path holds the others (app of apps)", () => {
      expect(gitops.applications.find((application) => application.name === "orders-apps")!.children).toEqual(["orders-dev", "orders-prod"]);
      expect(verdicts(findings, "chassis.cd.shared-config")).toEqual([{ name: "orders-apps", status: "pass", file: "apps/root.yaml", line: 2 }]);
    });

    it("counts ArgoCD Image Updater as updating the Kubernetes repository", () => {
      expect(verdicts(findings, "delivery.gitops.ci-updates-kubernetes-repository")).toEqual([{ name: "orders-dev", status: "pass", file: "apps/orders/orders.yaml", line: 1 }]);
    });

    it("reads the SOPS creation rules and the encrypted Secret", () => {
      expect(gitops.sops.configurations).toEqual([
        {
          file: ".sops.yaml",
          creationRules: [
            { pathRegex: "orders/overlays/prod/.*\\.enc\\.yaml$", encryptedRegex: "^(data|stringData)$", keyTypes: ["kms"], line: 2 },
            { pathRegex: ".*\\.enc\\.yaml$", encryptedRegex: null, keyTypes: ["age"], line: 5 },
          ],
        },
      ]);
      expect(gitops.sops.encryptedDocuments).toEqual([{ file: "orders/overlays/prod/database.enc.yaml", line: 1, kind: "Secret", name: "orders-database" }]);
    });
  });

  it("tells a SOPS-encrypted document by its metadata, not by any key named sops", () => {
    expect(isSopsEncrypted({ data: { password: "ENC[…]" }, sops: { mac: "ENC[…]", version: "3.8.1" } })).toBe(true);
    expect(isSopsEncrypted({ sops: { enabled: true } })).toBe(false);
    expect(isSopsEncrypted({ kind: "Secret", data: { password: "cGFzcw==" } })).toBe(false);
    expect(isSopsEncrypted("sops")).toBe(false);
  });

  describe("a helmfile for the mesh control plane", () => {
    const { gitops, problems } = readGitOps(readFixture("mesh-control-plane"));

    it("passes the Istio charts deployed by hand and warns of any other chart", () => {
      expect(problems).toEqual([]);
      expect(verdicts(checkGitOps(gitops), "delivery.manual-deploy-only-control-plane")).toEqual([
        { name: "istio-base", status: "pass", file: "helmfile.d/istio.yaml", line: 8 },
        { name: "istiod", status: "pass", file: "helmfile.d/istio.yaml", line: 12 },
        { name: "istio-ingress", status: "pass", file: "helmfile.d/istio.yaml", line: 17 },
        { name: "prometheus", status: "warn", file: "helmfile.d/istio.yaml", line: 21 },
      ]);
    });

    it("resolves each chart's repository and namespace", () => {
      expect(gitops.helmfileReleases[1]).toMatchObject({ chart: "istio/istiod", namespace: "istio-system", repositoryUrl: "https://istio-release.storage.googleapis.com/charts", version: "1.22.1" });
    });
  });
});
