import type { TFinding, TFindingSeverity } from "../finding.ts";
import { runsBefore, type TCiPipeline, type TCiStage, type TCiStageKind } from "./ci-pipeline.ts";
import { stageKindsOf } from "./ci-stages.ts";
import { repositoryFinding } from "./repository-finding.ts";

/** Practices proven by a stage being in some pipeline of the repository. */
const STAGE_PRACTICES: readonly { practiceId: string; checkId: string; kind: TCiStageKind; severity: TFindingSeverity; title: string; browser?: boolean }[] = [
  { practiceId: "delivery.stage.build", checkId: "ci.stage.build", kind: "build", severity: "medium", title: "builds the artefact" },
  { practiceId: "delivery.stage.unit-test", checkId: "ci.stage.unit-test", kind: "unit-test", severity: "medium", title: "runs unit tests" },
  { practiceId: "testing.unit", checkId: "ci.tests.unit", kind: "unit-test", severity: "medium", title: "runs unit tests" },
  { practiceId: "delivery.stage.e2e", checkId: "ci.stage.e2e", kind: "e2e", severity: "low", title: "runs end-to-end tests" },
  { practiceId: "testing.e2e", checkId: "ci.tests.e2e", kind: "e2e", severity: "low", title: "runs end-to-end tests" },
  { practiceId: "delivery.frontend.browser-e2e", checkId: "ci.tests.browser-e2e", kind: "e2e", severity: "low", title: "drives a browser through end-to-end tests", browser: true },
  { practiceId: "testing.load", checkId: "ci.tests.load", kind: "load-test", severity: "low", title: "runs a load test" },
  { practiceId: "delivery.stage.load-regression", checkId: "ci.stage.load-test", kind: "load-test", severity: "low", title: "runs a load test" },
  { practiceId: "delivery.microservice.load-test", checkId: "ci.microservice.load-test", kind: "load-test", severity: "low", title: "runs a load test" },
];

/**
 * Findings about the repository's CI pipelines, taken together. A repository without a pipeline
 * gets none: its CI may live elsewhere, so nothing is known.
 */
export function checkCiPipelines(pipelines: readonly TCiPipeline[]): TFinding[] {
  const first = pipelines[0];
  if (!first) return [];
  return [...pipelines.map(checkNoCiOps), checkUpdatesKubernetesRepository(pipelines, first), ...STAGE_PRACTICES.map((practice) => checkStage(pipelines, first, practice)), checkSharedConfiguration(pipelines, first), ...checkMigrationBeforeDeploy(pipelines)];
}

/** delivery.gitops.no-ciops for one pipeline file: fail on a cluster change, warn on ArgoCD driven from CI. */
function checkNoCiOps(pipeline: TCiPipeline): TFinding {
  const check = { checkId: "ci.no-ciops", practiceId: "delivery.gitops.no-ciops", file: pipeline.file } as const;
  const remediation = "Let CI update the image tag in the Kubernetes repository and let ArgoCD sync it; remove cluster credentials from CI.";
  const ciops = pipeline.deliveries.filter((delivery) => delivery.kind === "ciops");
  if (ciops[0]) {
    const more = ciops.length > 1 ? ` (and ${ciops.length - 1} more)` : "";
    return repositoryFinding({ ...check, status: "fail", severity: "high", line: ciops[0].line, message: `Job "${ciops[0].job}" deploys to the cluster from CI: ${ciops[0].evidence}${more}.`, remediation });
  }
  const argocd = pipeline.deliveries.find((delivery) => delivery.kind === "argocd-from-ci");
  if (argocd) {
    return repositoryFinding({ ...check, status: "warn", severity: "medium", line: argocd.line, message: `Job "${argocd.job}" drives ArgoCD from CI (${argocd.evidence}); CI then holds ArgoCD credentials and decides when the cluster changes.`, remediation: "Turn on automated sync for the Application and let CI only update the Kubernetes repository." });
  }
  const gitops = pipeline.deliveries.find((delivery) => delivery.kind === "gitops");
  return repositoryFinding({ ...check, status: "pass", severity: "info", line: gitops?.line ?? 1, message: gitops ? `The pipeline hands changes over through Git (${gitops.evidence}), never to the cluster.` : "The pipeline does not deploy to a cluster." });
}

function checkUpdatesKubernetesRepository(pipelines: readonly TCiPipeline[], first: TCiPipeline): TFinding {
  const check = { checkId: "ci.updates-kubernetes-repository", practiceId: "delivery.gitops.ci-updates-kubernetes-repository", severity: "medium" } as const;
  const deliveries = pipelines.flatMap((pipeline) => pipeline.deliveries);
  const gitops = deliveries.find((delivery) => delivery.kind === "gitops");
  if (gitops) return repositoryFinding({ ...check, status: "pass", file: gitops.file, line: gitops.line, message: `Job "${gitops.job}" updates the Kubernetes repository: ${gitops.evidence}.` });
  const direct = deliveries.find((delivery) => delivery.kind !== "gitops");
  return repositoryFinding({
    ...check,
    status: "fail",
    file: direct?.file ?? first.file,
    line: direct?.line ?? 1,
    message: direct ? `CI deploys directly (${direct.evidence}) instead of updating a Kubernetes repository.` : "No pipeline step commits to, opens a pull request on, or dispatches to a Kubernetes repository.",
    remediation: "After the image is built, commit the new tag to the Kubernetes repository (e.g. kustomize edit set image and a pull request).",
  });
}

function checkStage(pipelines: readonly TCiPipeline[], first: TCiPipeline, practice: (typeof STAGE_PRACTICES)[number]): TFinding {
  const stage = pipelines.flatMap((pipeline) => pipeline.stages).find((candidate) => candidate.kind === practice.kind && (!practice.browser || candidate.browser));
  const check = { checkId: practice.checkId, practiceId: practice.practiceId, severity: practice.severity } as const;
  if (stage) return repositoryFinding({ ...check, status: "pass", file: stage.file, line: stage.line, message: `Job "${stage.job}" ${practice.title}: ${stage.evidence}.` });
  const shared = pipelines.flatMap((pipeline) => pipeline.sharedConfigurations.map((configuration) => ({ ...configuration, file: pipeline.file })))[0];
  const remediation = `Add a pipeline step that ${practice.title}.`;
  if (shared) {
    return repositoryFinding({ ...check, status: "warn", file: shared.file, line: shared.line, message: `No pipeline step here ${practice.title}; the shared configuration ${shared.reference}, which this scan cannot see, may.`, remediation });
  }
  return repositoryFinding({ ...check, status: "fail", file: first.file, line: 1, message: `No pipeline step ${practice.title}.`, remediation });
}

function checkSharedConfiguration(pipelines: readonly TCiPipeline[], first: TCiPipeline): TFinding {
  const check = { checkId: "ci.shared-config", practiceId: "chassis.ci.shared-config", severity: "low" } as const;
  for (const pipeline of pipelines) {
    const [shared] = pipeline.sharedConfigurations;
    if (shared) return repositoryFinding({ ...check, status: "pass", file: pipeline.file, line: shared.line, message: `The pipeline reuses ${shared.reference} from a shared repository.` });
  }
  return repositoryFinding({ ...check, status: "fail", file: first.file, line: 1, message: "No pipeline reuses a workflow or include from a shared repository.", remediation: "Move common jobs to a shared CI repository and call them (reusable workflows with `uses:`, GitLab `include: project:`)." });
}

/**
 * delivery.microservice.db-migration-before-deploy, per pipeline that migrates: the migration must
 * finish before every deploy of that pipeline starts (`needs:`, GitLab stage order, or an earlier
 * step of the same job). A pipeline without a migration gets no finding: a PreSync hook may migrate.
 */
function checkMigrationBeforeDeploy(pipelines: readonly TCiPipeline[]): TFinding[] {
  const check = { checkId: "ci.db-migration-before-deploy", practiceId: "delivery.microservice.db-migration-before-deploy" } as const;
  const remediation = "Make the deploy job wait for the migration job (`needs:` or a later stage).";
  const deploysElsewhere = (pipeline: TCiPipeline) => pipelines.some((other) => other !== pipeline && other.stages.some((stage) => stage.kind === "deploy"));
  return pipelines.flatMap((pipeline) => {
    const migration = pipeline.stages.find((stage) => stage.kind === "db-migration");
    if (!migration) return [];
    const at = { ...check, file: pipeline.file, line: migration.line };
    const deploys = pipeline.stages.filter((stage) => stage.kind === "deploy" && !(stage.job === migration.job && stage.line === migration.line));
    if (deploys.length === 0) {
      const message = deploysElsewhere(pipeline)
        ? `Job "${migration.job}" migrates the database, but the deploy is in another workflow, so their order cannot be told.`
        : `Job "${migration.job}" migrates the database, but no deploy in the pipeline waits for it.`;
      return [repositoryFinding({ ...at, status: "warn", severity: "medium", message, remediation: "Migrate in the pipeline that deploys, before the deploy step, or in an ArgoCD PreSync hook." })];
    }
    const early = deploys.find((deploy) => !migratesBefore(pipeline, migration, deploy));
    if (early) {
      return [repositoryFinding({ ...at, status: "fail", severity: "high", message: `Job "${early.job}" deploys (line ${early.line}) without waiting for the migration in job "${migration.job}".`, remediation })];
    }
    return [repositoryFinding({ ...at, status: "pass", severity: "info", message: `The migration in job "${migration.job}" runs before the deploy in job "${deploys[0]!.job}".` })];
  });
}

function migratesBefore(pipeline: TCiPipeline, migration: TCiStage, deploy: TCiStage): boolean {
  if (migration.job !== deploy.job) return runsBefore(pipeline, migration.job, deploy.job);
  // One job: compare its steps, not the job's name, which may say both ("migrate-and-deploy").
  const steps = pipeline.jobs.find((job) => job.id === migration.job)?.steps.flatMap((step) => step.signals) ?? [];
  const linesOf = (kind: TCiStageKind) => steps.filter((signal) => stageKindsOf(signal).includes(kind)).map((signal) => signal.line);
  const migrationLines = linesOf("db-migration");
  const migrationLine = migrationLines.length > 0 ? Math.min(...migrationLines) : migration.line;
  const deployLines = [...linesOf("deploy"), ...pipeline.deliveries.filter((delivery) => delivery.job === deploy.job).map((delivery) => delivery.line)];
  return deployLines.every((line) => line > migrationLine);
}
