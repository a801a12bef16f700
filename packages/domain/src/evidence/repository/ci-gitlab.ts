import type { TYamlDocument } from "../yaml-source.ts";
import type { TCiJob, TCiPipelineSource, TCiSharedConfiguration, TCiSignal, TCiVariable } from "./ci-pipeline.ts";
import { asArray, asRecord, asText, asTextList } from "./plain-data.ts";
import { shellCommands } from "./source-lines.ts";

/** Top-level keys of .gitlab-ci.yml that are not jobs. */
const GLOBAL_KEYWORDS = new Set(["default", "include", "stages", "variables", "workflow", "image", "services", "cache", "before_script", "after_script", "types", "spec"]);
const DEFAULT_STAGES = ["build", "test", "deploy"];
const SCRIPT_KEYS = ["before_script", "script", "after_script"] as const;

/** A job's key with the value it has after `extends:`, and the job that wrote it (for its line). */
type TResolvedJob = Map<string, { value: unknown; owner: string }>;

/**
 * A GitLab pipeline as jobs (each script line a step) with their order: a job with `needs:` waits
 * for those jobs only; any other job waits for every job of the earlier stages.
 */
export function readGitLabPipeline(document: TYamlDocument, fileLines: readonly string[]): TCiPipelineSource {
  const pipeline = asRecord(document.data) ?? {};
  const stageOrder = [".pre", ...(asTextList(pipeline.stages).length > 0 ? asTextList(pipeline.stages) : DEFAULT_STAGES), ".post"];
  const definitions = Object.entries(pipeline).filter(([key, value]) => !GLOBAL_KEYWORDS.has(key) && asRecord(value));
  const resolve = extendsResolver(new Map(definitions.map(([key, value]) => [key, asRecord(value)!])));
  const jobs = definitions
    .filter(([id]) => !id.startsWith("."))
    .map(([id]) => {
      const job = resolve(id);
      const stage = asText(job.get("stage")?.value) ?? "test";
      return { id, stageIndex: stageOrder.indexOf(stage), job, needs: job.get("needs") };
    });
  return {
    system: "gitlab-ci",
    jobs: jobs.map(({ id, job, stageIndex, needs }): TCiJob => ({
      id,
      name: id,
      line: document.lineOf([id]),
      predecessors: needs
        ? asArray(needs.value).flatMap((need) => asText(need) ?? asText(asRecord(need)?.job) ?? [])
        : jobs.filter((other) => other.stageIndex < stageIndex).map((other) => other.id),
      signals: jobSignals(document, id, job),
      steps: SCRIPT_KEYS.flatMap((key) => {
        const script = job.get(key);
        return script ? scriptSteps(document, fileLines, [script.owner, key], script.value) : [];
      }),
    })),
    variables: [...variablesOf(document, [], pipeline.variables), ...jobs.flatMap(({ id, job }) => variablesOf(document, [job.get("variables")?.owner ?? id], job.get("variables")?.value))],
    sharedConfigurations: sharedIncludes(document, pipeline.include),
  };
}

function extendsResolver(definitions: Map<string, Record<string, unknown>>): (id: string) => TResolvedJob {
  const resolve = (id: string, depth: number): TResolvedJob => {
    const definition = definitions.get(id) ?? {};
    const resolved: TResolvedJob = new Map();
    // GitLab stops at 11 levels of extends; the bound also ends cycles.
    if (depth < 11) for (const parent of asTextList(definition.extends)) for (const [key, entry] of resolve(parent, depth + 1)) resolved.set(key, entry);
    for (const [key, value] of Object.entries(definition)) resolved.set(key, { value, owner: id });
    return resolved;
  };
  return (id) => resolve(id, 0);
}

function jobSignals(document: TYamlDocument, id: string, job: TResolvedJob): TCiSignal[] {
  const signals: TCiSignal[] = [{ source: "name", text: id, line: document.lineOf([id]) }];
  const image = job.get("image");
  const imageName = asText(image?.value) ?? asText(asRecord(image?.value)?.name);
  if (image && imageName) signals.push({ source: "image", text: imageName, line: document.lineOf([image.owner, "image"]) });
  const trigger = job.get("trigger");
  const project = asText(trigger?.value) ?? asText(asRecord(trigger?.value)?.project);
  if (trigger && project) signals.push({ source: "trigger", text: project, line: document.lineOf([trigger.owner, "trigger"]) });
  return signals;
}

/** Each script item is a step; `!reference` tags and anchors may nest lists, which are flattened. */
function scriptSteps(document: TYamlDocument, fileLines: readonly string[], path: (string | number)[], value: unknown): TCiJob["steps"] {
  if (Array.isArray(value)) return value.flatMap((item, index) => scriptSteps(document, fileLines, [...path, index], item));
  const script = asText(value);
  if (script === undefined) return [];
  const line = document.lineOf(path);
  return [{ name: "", line, signals: shellCommands(script, line, fileLines).map((command) => ({ source: "command" as const, ...command })) }];
}

function variablesOf(document: TYamlDocument, path: string[], value: unknown): TCiVariable[] {
  return Object.entries(asRecord(value) ?? {}).map(([name, variable]) => ({
    name,
    value: asText(variable) ?? asText(asRecord(variable)?.value) ?? "",
    line: document.lineOf([...path, "variables", name]),
  }));
}

/** Includes from another project, a URL or a CI/CD component are shared; local files and GitLab's own templates are not. */
function sharedIncludes(document: TYamlDocument, include: unknown): TCiSharedConfiguration[] {
  const items = Array.isArray(include) ? include : include === undefined ? [] : [include];
  return items.flatMap((item, index): TCiSharedConfiguration[] => {
    const line = document.lineOf(Array.isArray(include) ? ["include", index] : ["include"]);
    const text = asText(item);
    if (text !== undefined) return /^https?:\/\//.test(text) ? [{ reference: text, line }] : [];
    const entry = asRecord(item) ?? {};
    const project = asText(entry.project);
    if (project) return [{ reference: `${project}${entry.file ? `:${asTextList(entry.file).join(",")}` : ""}`, line }];
    const reference = asText(entry.remote) ?? asText(entry.component);
    return reference ? [{ reference, line }] : [];
  });
}
