import { describe, expect, it } from "vitest";
import type { TFinding } from "../finding.ts";
import { checkCiPipelines } from "./ci-findings.ts";
import { readCiPipelines } from "./ci-pipeline.ts";
import { readFixture } from "./fixtures/read-fixture.ts";

function verdicts(findings: readonly TFinding[]) {
  return findings.map(({ practiceId, status, file, line }) => ({ practiceId, status, file, line }));
}

function verdictOf(findings: readonly TFinding[], practiceId: string) {
  const matching = verdicts(findings).filter((finding) => finding.practiceId === practiceId);
  expect(matching).toHaveLength(1);
  return matching[0];
}

function workflow(...lines: string[]) {
  return readCiPipelines([{ path: ".github/workflows/ci.yml", text: lines.join("\n") }]);
}

describe("reading CI pipelines", () => {
  describe("a GitOps microservice on GitHub Actions", () => {
    const { pipelines, problems } = readCiPipelines(readFixture("gitops-service"));
    const findings = checkCiPipelines(pipelines);

    it("reads the workflow without problems, ${{ }} expressions included", () => {
      expect(problems).toEqual([]);
      expect(pipelines.map((pipeline) => pipeline.file)).toEqual([".github/workflows/ci.yml"]);
    });

    it("finds each stage at the line that shows it", () => {
      expect(pipelines[0]!.stages.map(({ kind, job, line }) => ({ kind, job, line }))).toEqual([
        { kind: "build", job: "image", line: 9 },
        { kind: "unit-test", job: "unit-tests", line: 12 },
        { kind: "contract-test", job: "contract-tests", line: 22 },
        { kind: "db-migration", job: "migrate", line: 32 },
        { kind: "deploy", job: "update-manifests", line: 51 },
      ]);
    });

    it("passes the build, unit-test and shared-configuration practices with their lines", () => {
      expect(verdictOf(findings, "delivery.stage.build")).toEqual({ practiceId: "delivery.stage.build", status: "pass", file: ".github/workflows/ci.yml", line: 9 });
      expect(verdictOf(findings, "delivery.stage.unit-test")).toMatchObject({ status: "pass", line: 12 });
      expect(verdictOf(findings, "testing.unit")).toMatchObject({ status: "pass", line: 12 });
      expect(verdictOf(findings, "chassis.ci.shared-config")).toMatchObject({ status: "pass", line: 9 });
    });

    it("sees CI hand the new image to the Kubernetes repository by pull request, never to the cluster", () => {
      expect(verdictOf(findings, "delivery.gitops.ci-updates-kubernetes-repository")).toMatchObject({ status: "pass", line: 51 });
      expect(verdictOf(findings, "delivery.gitops.no-ciops")).toMatchObject({ status: "pass", line: 51 });
      expect(pipelines[0]!.deliveries).toEqual([
        { kind: "gitops", file: ".github/workflows/ci.yml", job: "update-manifests", line: 51, evidence: "peter-evans/create-pull-request@v6 (acme/orders-kubernetes)" },
      ]);
    });

    it("passes the migration, which the pull request job needs", () => {
      expect(verdictOf(findings, "delivery.microservice.db-migration-before-deploy")).toEqual({ practiceId: "delivery.microservice.db-migration-before-deploy", status: "pass", file: ".github/workflows/ci.yml", line: 32 });
    });

    it("warns of the test stages it lacks at the reusable workflow, which this scan cannot see into", () => {
      expect(verdictOf(findings, "testing.e2e")).toEqual({ practiceId: "testing.e2e", status: "warn", file: ".github/workflows/ci.yml", line: 9 });
      expect(verdictOf(findings, "testing.load")).toMatchObject({ status: "warn", line: 9 });
    });

    it("keeps the broker URL of the workflow's env for the contract-test reader", () => {
      expect(pipelines[0]!.variables).toContainEqual({ name: "PACT_BROKER_BASE_URL", value: "https://pact-broker.acme.example", line: 6 });
    });
  });

  describe("a CIOps service whose workflow applies manifests to the cluster", () => {
    const { pipelines } = readCiPipelines(readFixture("ciops-service"));
    const findings = checkCiPipelines(pipelines);

    it("fails no-ciops at the kubectl apply, not at its dry run, naming the kubeconfig step", () => {
      const finding = findings.find((candidate) => candidate.practiceId === "delivery.gitops.no-ciops")!;
      expect(finding).toMatchObject({ status: "fail", severity: "high", file: ".github/workflows/deploy.yml", line: 28 });
      expect(finding.message).toContain("kubectl -n billing apply -f k8s/ after `aws eks update-kubeconfig --name production` (line 24)");
    });

    it("fails the Kubernetes-repository practice at the same command", () => {
      expect(verdictOf(findings, "delivery.gitops.ci-updates-kubernetes-repository")).toMatchObject({ status: "fail", line: 28 });
    });

    it("fails the migration, which runs beside the deploy job instead of before it", () => {
      expect(verdictOf(findings, "delivery.microservice.db-migration-before-deploy")).toMatchObject({ status: "fail", line: 12 });
    });

    it("passes the build (the job named so) and fails shared configuration and the missing stages at the top of the workflow", () => {
      expect(verdictOf(findings, "delivery.stage.build")).toMatchObject({ status: "pass", line: 6 });
      expect(verdictOf(findings, "testing.unit")).toEqual({ practiceId: "testing.unit", status: "fail", file: ".github/workflows/deploy.yml", line: 1 });
      expect(verdictOf(findings, "chassis.ci.shared-config")).toMatchObject({ status: "fail", line: 1 });
    });
  });

  describe("a GitLab pipeline with an include from another project", () => {
    const { pipelines, problems } = readCiPipelines(readFixture("gitlab-service"));
    const findings = checkCiPipelines(pipelines);

    it("passes shared configuration at the project include, not the local one", () => {
      expect(problems).toEqual([]);
      expect(pipelines[0]!.sharedConfigurations).toEqual([{ reference: "acme/platform/ci-templates:/templates/jvm-service.yml", line: 2 }]);
      expect(verdictOf(findings, "chassis.ci.shared-config")).toEqual({ practiceId: "chassis.ci.shared-config", status: "pass", file: ".gitlab-ci.yml", line: 2 });
    });

    it("reads stages through extends and images: gradle build and test, flyway, k6", () => {
      expect(pipelines[0]!.stages.map(({ kind, job, line }) => ({ kind, job, line }))).toEqual([
        { kind: "build", job: "build", line: 14 },
        { kind: "unit-test", job: "unit-test", line: 20 },
        { kind: "db-migration", job: "migrate-database", line: 25 },
        { kind: "deploy", job: "update-kubernetes-repository", line: 33 },
        { kind: "load-test", job: "load-test", line: 37 },
      ]);
      expect(verdictOf(findings, "testing.load")).toMatchObject({ status: "pass", line: 37 });
    });

    it("orders the migration before the downstream Kubernetes-repository trigger by stage", () => {
      expect(verdictOf(findings, "delivery.gitops.ci-updates-kubernetes-repository")).toMatchObject({ status: "pass", line: 33 });
      expect(verdictOf(findings, "delivery.microservice.db-migration-before-deploy")).toMatchObject({ status: "pass", line: 25 });
    });

    it("warns rather than fails a missing stage that the shared include may hold", () => {
      expect(verdictOf(findings, "testing.e2e")).toEqual({ practiceId: "testing.e2e", status: "warn", file: ".gitlab-ci.yml", line: 2 });
    });
  });

  describe("recognising stages and deliveries in single steps", () => {
    it("tells browser end-to-end tests from other end-to-end tests, and neither is a unit test", () => {
      const { pipelines } = workflow("jobs:", "  e2e:", "    steps:", "      - run: npm run test:e2e", "      - uses: microsoft/playwright-github-action@v1");
      const findings = checkCiPipelines(pipelines);
      expect(pipelines[0]!.stages.map((stage) => [stage.kind, stage.line, stage.browser])).toEqual([["e2e", 2, true]]);
      expect(verdictOf(findings, "delivery.stage.e2e")).toMatchObject({ status: "pass", line: 2 });
      expect(verdictOf(findings, "delivery.frontend.browser-e2e")).toMatchObject({ status: "pass", line: 2 });
      expect(verdictOf(findings, "testing.unit")).toMatchObject({ status: "fail" });
    });

    it("counts helm upgrade as CIOps, but not helm template, a plugin install or a throwaway kind cluster", () => {
      expect(workflow("jobs:", "  deploy:", "    steps:", "      - run: helm upgrade --install orders ./chart -n orders").pipelines[0]!.deliveries).toMatchObject([{ kind: "ciops", line: 4 }]);
      expect(workflow("jobs:", "  lint:", "    steps:", "      - run: helm template ./chart", "      - run: helm plugin install https://github.com/databus23/helm-diff").pipelines[0]!.deliveries).toEqual([]);
      expect(workflow("jobs:", "  e2e:", "    steps:", "      - uses: helm/kind-action@v1", "      - run: kubectl apply -f k8s/").pipelines[0]!.deliveries).toEqual([]);
    });

    it("warns when CI drives ArgoCD instead of letting it sync by itself", () => {
      const { pipelines } = workflow("jobs:", "  release:", "    steps:", "      - run: argocd app sync orders-prod");
      expect(verdictOf(checkCiPipelines(pipelines), "delivery.gitops.no-ciops")).toMatchObject({ status: "warn", line: 4 });
    });

    it("counts a repository dispatch to a manifests repository as a GitOps hand-over", () => {
      const { pipelines } = workflow("jobs:", "  notify:", "    steps:", "      - uses: peter-evans/repository-dispatch@v3", "        with:", "          repository: acme/payments-manifests", "          event-type: new-image");
      expect(pipelines[0]!.deliveries).toMatchObject([{ kind: "gitops", line: 4, evidence: "peter-evans/repository-dispatch@v3 (acme/payments-manifests)" }]);
    });

    it("counts a push after kustomize edit set image in the same repository as GitOps (monorepo)", () => {
      const { pipelines } = workflow("jobs:", "  bump:", "    steps:", "      - run: |", "          kustomize edit set image app=registry/app:1.2.3", "          git commit -am 'app 1.2.3'", "          git push");
      expect(pipelines[0]!.deliveries).toMatchObject([{ kind: "gitops", line: 7 }]);
    });

    it("does not count a local reusable workflow as shared configuration", () => {
      expect(workflow("jobs:", "  build:", "    uses: ./.github/workflows/build.yml").pipelines[0]!.sharedConfigurations).toEqual([]);
    });

    it("reports a workflow that is not valid YAML and goes on", () => {
      const { pipelines, problems } = readCiPipelines(readFixture("broken"));
      expect(pipelines).toEqual([]);
      expect(problems[0]).toEqual({ file: ".github/workflows/broken.yml", line: 6, column: 7, message: "Block collections are not allowed within flow collections" });
    });
  });
});
