import type { TYamlDocument } from "../yaml-source.ts";
import type { TCiJob, TCiPipelineSource, TCiSharedConfiguration, TCiSignal, TCiStep, TCiVariable } from "./ci-pipeline.ts";
import { asArray, asRecord, asText, asTextList, valueAt } from "./plain-data.ts";
import { shellCommands } from "./source-lines.ts";

/** A GitHub Actions workflow as jobs and steps with the lines of their names, actions and commands. */
export function readGitHubWorkflow(document: TYamlDocument, fileLines: readonly string[]): TCiPipelineSource {
  const workflow = asRecord(document.data) ?? {};
  const variables: TCiVariable[] = variablesOf(document, ["env"]);
  const sharedConfigurations: TCiSharedConfiguration[] = [];
  const jobs: TCiJob[] = [];
  for (const [id, value] of Object.entries(asRecord(workflow.jobs) ?? {})) {
    const job = asRecord(value) ?? {};
    const at = (...path: (string | number)[]) => document.lineOf(["jobs", id, ...path]);
    const name = asText(job.name) ?? id;
    const signals: TCiSignal[] = [{ source: "name", text: name === id ? id : `${id} ${name}`, line: at() }];
    const workflowCall = asText(job.uses);
    if (workflowCall) {
      signals.push({ source: "workflow", text: workflowCall, line: at("uses") });
      // A local reusable workflow (./.github/workflows/x.yml) is this repository's own, not shared.
      if (!workflowCall.startsWith("./")) sharedConfigurations.push({ reference: workflowCall, line: at("uses") });
      signals.push(...withInputs(job.with, (key) => at("with", key)));
    }
    const container = asText(job.container) ?? asText(asRecord(job.container)?.image);
    if (container) signals.push({ source: "image", text: container, line: at("container") });
    variables.push(...variablesOf(document, ["jobs", id, "env"]));
    const steps = asArray(job.steps).map((item, index): TCiStep => {
      const step = asRecord(item) ?? {};
      const stepAt = (...path: (string | number)[]) => at("steps", index, ...path);
      const stepSignals: TCiSignal[] = [];
      const stepName = asText(step.name) ?? "";
      if (stepName) stepSignals.push({ source: "name", text: stepName, line: stepAt("name") });
      const uses = asText(step.uses);
      if (uses) stepSignals.push({ source: "uses", text: uses, line: stepAt("uses") });
      stepSignals.push(...withInputs(step.with, (key) => stepAt("with", key)));
      const run = asText(step.run);
      if (run) stepSignals.push(...shellCommands(run, stepAt("run"), fileLines).map((command) => ({ source: "command" as const, ...command })));
      variables.push(...variablesOf(document, ["jobs", id, "steps", index, "env"]));
      return { name: stepName || uses || "", line: stepAt(), signals: stepSignals };
    });
    jobs.push({ id, name, line: at(), predecessors: asTextList(job.needs), signals, steps });
  }
  return { system: "github-actions", jobs, variables, sharedConfigurations };
}

function withInputs(value: unknown, lineOf: (key: string) => number): TCiSignal[] {
  return Object.entries(asRecord(value) ?? {}).flatMap(([key, input]) => {
    const text = asText(input);
    return text === undefined ? [] : [{ source: "with" as const, key, text, line: lineOf(key) }];
  });
}

function variablesOf(document: TYamlDocument, path: (string | number)[]): TCiVariable[] {
  return Object.entries(asRecord(valueAt(document.data, path)) ?? {}).map(([name, variable]) => ({ name, value: asText(variable) ?? "", line: document.lineOf([...path, name]) }));
}
