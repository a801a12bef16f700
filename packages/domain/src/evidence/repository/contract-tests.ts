import type { TFinding, TScanProblem, TSourceFile } from "../finding.ts";
import { readYamlDocuments } from "../yaml-source.ts";
import type { TCiPipeline } from "./ci-pipeline.ts";
import { asArray, asRecord, asText } from "./plain-data.ts";
import { repositoryFinding } from "./repository-finding.ts";

export interface TPactFile {
  file: string;
  /** The line of its interactions (or messages). */
  line: number;
  consumer: string;
  provider: string;
  interactions: number;
}

/** A place that shares contracts through a Pact Broker: a broker URL in CI, or a broker CLI call. */
export interface TPactBrokerUse {
  file: string;
  line: number;
  evidence: string;
}

export interface TContractEvidence {
  pacts: TPactFile[];
  brokers: TPactBrokerUse[];
  /** CI steps that run, publish or verify contract tests. */
  pipelineSteps: TPactBrokerUse[];
}

export function isPactFilePath(path: string): boolean {
  return /(?:^|\/)pacts\/[^/]+\.json$/.test(path);
}

const BROKER_VARIABLE = /^PACT_?BROKER_(?:BASE_)?URL$|^PACTFLOW_/i;
const BROKER_COMMAND = /\bpact-?broker\b|pactflow/i;

/** Pact files (consumer, provider and interactions or messages, as Pact writes them). */
export function readPactFiles(files: readonly TSourceFile[]): { pacts: TPactFile[]; problems: TScanProblem[] } {
  const pacts: TPactFile[] = [];
  const problems: TScanProblem[] = [];
  for (const file of files.filter((candidate) => isPactFilePath(candidate.path))) {
    const read = readYamlDocuments(file);
    problems.push(...read.problems);
    const [document] = read.documents;
    if (!document) continue;
    const pact = asRecord(document.data) ?? {};
    const consumer = asText(asRecord(pact.consumer)?.name);
    const provider = asText(asRecord(pact.provider)?.name);
    const key = Array.isArray(pact.interactions) ? "interactions" : Array.isArray(pact.messages) ? "messages" : undefined;
    if (!consumer || !provider || !key) {
      problems.push({ file: file.path, line: document.line, column: 1, message: "Not a Pact file: it needs consumer.name, provider.name and interactions (or messages)." });
      continue;
    }
    pacts.push({ file: file.path, line: document.lineOf([key]), consumer, provider, interactions: asArray(pact[key]).length });
  }
  return { pacts, problems };
}

/** Broker configuration and contract-test steps of the pipelines, beside the Pact files. */
export function contractEvidence(pacts: readonly TPactFile[], pipelines: readonly TCiPipeline[]): TContractEvidence {
  return {
    pacts: [...pacts],
    brokers: pipelines.flatMap((pipeline) => [
      ...pipeline.variables.filter((variable) => BROKER_VARIABLE.test(variable.name)).map((variable) => ({ file: pipeline.file, line: variable.line, evidence: `${variable.name}: ${variable.value}` })),
      ...pipeline.jobs.flatMap((job) => job.steps.flatMap((step) => step.signals)).filter((signal) => (signal.source === "command" || signal.source === "uses") && BROKER_COMMAND.test(signal.text)).map((signal) => ({ file: pipeline.file, line: signal.line, evidence: signal.text })),
    ]),
    pipelineSteps: pipelines.flatMap((pipeline) => pipeline.stages.filter((stage) => stage.kind === "contract-test").map((stage) => ({ file: pipeline.file, line: stage.line, evidence: stage.evidence }))),
  };
}

/**
 * testing.contract: a pass for each pipeline step, broker use and Pact file; a Pact file that no
 * broker shares is only a warning (contracts must not stay private mocks). A repository with
 * pipelines and none of these fails; one without pipelines or Pact files gets no finding.
 */
export function checkContractTests(evidence: TContractEvidence, pipelines: readonly TCiPipeline[]): TFinding[] {
  const check = { checkId: "contracts.pact", practiceId: "testing.contract", severity: "medium" } as const;
  const shared = evidence.brokers.length > 0;
  const findings = [
    ...evidence.pipelineSteps.map((step) => repositoryFinding({ ...check, status: "pass", file: step.file, line: step.line, message: `The pipeline runs contract tests: ${step.evidence}.` })),
    ...evidence.brokers.map((broker) => repositoryFinding({ ...check, status: "pass", file: broker.file, line: broker.line, message: `Contracts are shared through a Pact Broker: ${broker.evidence}.` })),
    ...evidence.pacts.map((pact) =>
      repositoryFinding({
        ...check,
        status: shared ? "pass" : "warn",
        severity: "low",
        file: pact.file,
        line: pact.line,
        message: `Pact between consumer ${pact.consumer} and provider ${pact.provider} (${pact.interactions} interactions)${shared ? "" : ", but no pipeline shares it through a Pact Broker"}.`,
        remediation: "Publish the pacts to the Pact Broker from CI (pact-broker publish) and verify them in the provider's pipeline.",
      }),
    ),
  ];
  const first = pipelines[0];
  if (findings.length === 0 && first) {
    findings.push(repositoryFinding({ ...check, status: "fail", file: first.file, line: 1, message: "No Pact file, Pact Broker or contract-test step was found.", remediation: "Write consumer-driven contract tests with Pact and share them through the Pact Broker from CI." }));
  }
  return findings;
}
