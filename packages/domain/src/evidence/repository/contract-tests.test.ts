import { describe, expect, it } from "vitest";
import { readCiPipelines } from "./ci-pipeline.ts";
import { checkContractTests, contractEvidence, readPactFiles } from "./contract-tests.ts";
import { readFixture } from "./fixtures/read-fixture.ts";

describe("contract tests (testing.contract)", () => {
  it("passes at the pipeline's pact step, its broker URL and broker call, and the Pact file it shares", () => {
    const files = readFixture("gitops-service");
    const { pipelines } = readCiPipelines(files);
    const { pacts, problems } = readPactFiles(files);
    expect(problems).toEqual([]);
    expect(pacts).toEqual([{ file: "pacts/orders-service-payments-service.json", line: 4, consumer: "orders-service", provider: "payments-service", interactions: 1 }]);
    const findings = checkContractTests(contractEvidence(pacts, pipelines), pipelines);
    expect(findings.map(({ practiceId, status, file, line }) => ({ practiceId, status, file, line }))).toEqual([
      { practiceId: "testing.contract", status: "pass", file: ".github/workflows/ci.yml", line: 22 },
      { practiceId: "testing.contract", status: "pass", file: ".github/workflows/ci.yml", line: 6 },
      { practiceId: "testing.contract", status: "pass", file: ".github/workflows/ci.yml", line: 31 },
      { practiceId: "testing.contract", status: "pass", file: "pacts/orders-service-payments-service.json", line: 4 },
    ]);
  });

  it("warns of a Pact file that no broker shares", () => {
    const { pacts } = readPactFiles(readFixture("gitops-service"));
    const [finding] = checkContractTests(contractEvidence(pacts, []), []);
    expect(finding).toMatchObject({ status: "warn", file: "pacts/orders-service-payments-service.json", line: 4 });
    expect(finding!.message).toContain("no pipeline shares it through a Pact Broker");
  });

  it("fails a repository whose pipelines have no contract tests, and says nothing without pipelines", () => {
    const { pipelines } = readCiPipelines(readFixture("ciops-service"));
    expect(checkContractTests(contractEvidence([], pipelines), pipelines)).toMatchObject([{ status: "fail", file: ".github/workflows/deploy.yml", line: 1 }]);
    expect(checkContractTests(contractEvidence([], []), [])).toEqual([]);
  });

  it("reports a JSON file under pacts/ that is not a pact", () => {
    const { pacts, problems } = readPactFiles([{ path: "build/pacts/notes.json", text: '{ "title": "not a pact" }' }]);
    expect(pacts).toEqual([]);
    expect(problems).toEqual([{ file: "build/pacts/notes.json", line: 1, column: 1, message: expect.stringContaining("Not a Pact file") }]);
  });
});
