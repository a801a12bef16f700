import type { TScanProblem, TSourceFile } from "../finding.ts";
import { readYamlDocuments } from "../yaml-source.ts";
import { readGitHubWorkflow } from "./ci-github-actions.ts";
import { readGitLabPipeline } from "./ci-gitlab.ts";
import { deliveriesOfJob } from "./ci-deliveries.ts";
import { stagesOfJob } from "./ci-stages.ts";

export const CI_STAGE_KINDS = ["build", "unit-test", "contract-test", "e2e", "load-test", "db-migration", "deploy"] as const;
export type TCiStageKind = (typeof CI_STAGE_KINDS)[number];

/** Something a job says about itself, with the line it is written on. */
export interface TCiSignal {
  /** name: a job or step name; workflow: a reusable workflow a job calls; uses: a step's action; with: an action input; command: a shell line; image: a job's container image; trigger: a GitLab downstream project. */
  source: "name" | "workflow" | "uses" | "with" | "command" | "image" | "trigger";
  /** The input name of a `with` signal. */
  key?: string;
  text: string;
  line: number;
}

export interface TCiStep {
  name: string;
  line: number;
  signals: TCiSignal[];
}

export interface TCiJob {
  id: string;
  name: string;
  line: number;
  /** Jobs that finish before this one starts (`needs:`, or GitLab's earlier stages). */
  predecessors: string[];
  /** Signals of the job itself (name, reusable workflow, image, trigger). */
  signals: TCiSignal[];
  steps: TCiStep[];
}

export interface TCiVariable {
  name: string;
  value: string;
  line: number;
}

/** A pipeline definition kept in another repository: a reusable workflow or a GitLab include. */
export interface TCiSharedConfiguration {
  reference: string;
  line: number;
}

export interface TCiStage {
  kind: TCiStageKind;
  file: string;
  line: number;
  job: string;
  evidence: string;
  /** For E2E stages: whether a browser drives the tests (Playwright, Cypress, Selenium…). */
  browser: boolean;
}

/**
 * How CI hands a change to the cluster. ciops: CI applies to the cluster itself. argocd-from-ci: CI
 * tells ArgoCD to sync or changes an Application's parameters: the desired state is still in Git,
 * but CI holds cluster-side credentials and decides when, so it is judged a warning, not a pass.
 * gitops: CI commits to, opens a pull request on, or dispatches to a Kubernetes repository.
 */
export interface TCiDelivery {
  kind: "ciops" | "argocd-from-ci" | "gitops";
  file: string;
  line: number;
  job: string;
  evidence: string;
}

export interface TCiPipelineSource {
  system: "github-actions" | "gitlab-ci";
  jobs: TCiJob[];
  variables: TCiVariable[];
  sharedConfigurations: TCiSharedConfiguration[];
}

export interface TCiPipeline extends TCiPipelineSource {
  file: string;
  stages: TCiStage[];
  deliveries: TCiDelivery[];
}

const GITHUB_WORKFLOW = /^\.github\/workflows\/[^/]+\.ya?ml$/;
const GITLAB_PIPELINE = ".gitlab-ci.yml";

export function isCiPipelinePath(path: string): boolean {
  return GITHUB_WORKFLOW.test(path) || path === GITLAB_PIPELINE;
}

/** Reads GitHub Actions workflows and the GitLab pipeline among `files` (others are ignored). */
export function readCiPipelines(files: readonly TSourceFile[]): { pipelines: TCiPipeline[]; problems: TScanProblem[] } {
  const pipelines: TCiPipeline[] = [];
  const problems: TScanProblem[] = [];
  for (const file of [...files].filter((candidate) => isCiPipelinePath(candidate.path)).sort((a, b) => a.path.localeCompare(b.path))) {
    const read = readYamlDocuments(file);
    problems.push(...read.problems);
    const [document] = read.documents;
    if (!document || typeof document.data !== "object" || document.data === null) continue;
    const fileLines = file.text.split(/\r?\n/);
    const source = file.path === GITLAB_PIPELINE ? readGitLabPipeline(document, fileLines) : readGitHubWorkflow(document, fileLines);
    pipelines.push({
      ...source,
      file: file.path,
      stages: source.jobs.flatMap((job) => stagesOfJob(job).map((stage) => ({ ...stage, file: file.path, job: job.id }))),
      deliveries: source.jobs.flatMap((job) => deliveriesOfJob(job).map((delivery) => ({ ...delivery, file: file.path, job: job.id }))),
    });
  }
  return { pipelines, problems };
}

/** Whether job `earlier` finishes before job `later` starts, following predecessors transitively. */
export function runsBefore(pipeline: TCiPipelineSource, earlier: string, later: string): boolean {
  const byId = new Map(pipeline.jobs.map((job) => [job.id, job]));
  const seen = new Set<string>();
  const pending = [...(byId.get(later)?.predecessors ?? [])];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (id === earlier) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    pending.push(...(byId.get(id)?.predecessors ?? []));
  }
  return false;
}
