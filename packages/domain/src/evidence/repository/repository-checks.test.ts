import { describe, expect, it } from "vitest";
import type { TScanResult } from "../finding.ts";
import { readFixture } from "./fixtures/read-fixture.ts";
import { checkRepository, readRepository } from "./repository-checks.ts";

function statusOf(result: TScanResult, practiceId: string) {
  return result.findings.filter((finding) => finding.practiceId === practiceId).map(({ status, file, line }) => `${status} ${file}:${line}`);
}

describe("checking a repository", () => {
  it("runs every reader over the files it claims and leaves other files alone", () => {
    const result = checkRepository(readFixture("gitops-service"));
    expect(result.files).toBe(3);
    expect(result.errors).toEqual([]);
    expect(statusOf(result, "org.ownership.owner-assigned")).toEqual(["pass .github/CODEOWNERS:2"]);
    expect(statusOf(result, "delivery.gitops.no-ciops")).toEqual(["pass .github/workflows/ci.yml:51"]);
    expect(statusOf(result, "testing.contract")).toContain("pass pacts/orders-service-payments-service.json:4");
  });

  it("judges a Kubernetes repository by its Applications, and reads only the manifests that may be GitOps configuration", () => {
    const result = checkRepository(readFixture("orders-kubernetes"));
    expect(result.files).toBe(6);
    expect(statusOf(result, "delivery.gitops.cd-auto-sync")).toEqual(["pass apps/orders/orders.yaml:17", "fail apps/orders/orders.yaml:34", "pass apps/root.yaml:16", "pass appsets/previews.yaml:25"]);
    expect(statusOf(result, "chassis.cd.shared-config")).toEqual(["pass apps/root.yaml:2"]);
    expect(statusOf(result, "delivery.stage.build")).toEqual([]);
  });

  it("keeps what later work stores: owners per path and where each Application deploys", () => {
    const evidence = readRepository(readFixture("orders-kubernetes"));
    expect(evidence.codeowners?.ownersOf("apps/root.yaml")).toEqual(["@acme/platform-team"]);
    expect(evidence.codeowners?.ownersOf("orders/overlays/prod/deployment.yaml")).toEqual(["@acme/orders-team"]);
    expect(evidence.applications.map((application) => [application.name, application.destination.namespace])).toContainEqual(["orders-prod", "orders"]);
    expect(evidence.sops.encryptedDocuments).toHaveLength(1);
  });

  it("reports broken files with their lines and still judges the rest", () => {
    const result = checkRepository(readFixture("broken"));
    expect(result.errors.map(({ file, line }) => `${file}:${line}`)).toEqual(["CODEOWNERS:3", "CODEOWNERS:4", "CODEOWNERS:5", ".github/workflows/broken.yml:6", ".github/workflows/broken.yml:7"]);
    expect(statusOf(result, "org.ownership.owner-assigned")).toEqual(["pass CODEOWNERS:2"]);
  });

  it("fails ownership of a repository without CODEOWNERS and gives no CI verdicts without pipelines", () => {
    const result = checkRepository(readFixture("mesh-control-plane"));
    expect(statusOf(result, "org.ownership.owner-assigned")).toEqual(["fail .github/CODEOWNERS:1"]);
    expect(result.findings.filter((finding) => finding.checkId.startsWith("ci."))).toEqual([]);
    expect(statusOf(result, "delivery.manual-deploy-only-control-plane")).toHaveLength(4);
  });
});
