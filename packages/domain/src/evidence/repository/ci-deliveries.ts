import type { TCiDelivery, TCiJob, TCiSignal } from "./ci-pipeline.ts";

type TJobDelivery = Omit<TCiDelivery, "file" | "job">;

/** Commands that change what runs in a cluster; dry runs and diffs do not. */
const CLUSTER_CHANGES = [
  /\b(?:kubectl|oc)\s+(?:-{1,2}[\w-]+(?:[= ]\S+)?\s+)*(?:apply|create|replace|patch|set\s+image|rollout\s+(?:restart|undo)|scale|delete)\b/i,
  /\bhelm\s+(?:-{1,2}[\w-]+(?:[= ]\S+)?\s+)*(?:upgrade|install|rollback|uninstall)\b/i,
  /\bhelmfile\s+(?:-{1,2}[\w-]+(?:[= ]\S+)?\s+)*(?:apply|sync|deploy|destroy)\b/i,
  /\b(?:skaffold\s+(?:run|deploy)|kapp\s+deploy)\b/i,
];
const NOT_A_CHANGE = /--dry-run|\bkubectl\s+diff\b|\bhelm\s+plugin\b/i;
/** Actions that apply to a cluster. */
const CLUSTER_ACTIONS = /^(?:azure\/k8s-deploy|deliverybot\/helm|koslib\/helm-eks-action|bitovi\/github-actions-deploy-eks-helm|steebchen\/kubectl|actions-hub\/kubectl|wahyd4\/kubectl-helm-action)@/i;
/** Credentials for a long-lived cluster: named in the message, as they are what CIOps needs. */
const CLUSTER_CREDENTIALS = /\baws\s+eks\s+update-kubeconfig\b|\bgcloud\s+container\s+clusters\s+get-credentials\b|\baz\s+aks\s+get-credentials\b|azure\/k8s-set-context|get-gke-credentials/i;
/** A throwaway cluster made by the job (for tests): applying to it is not a deploy. */
const EPHEMERAL_CLUSTER = /\bkind\s+create\s+cluster\b|helm\/kind-action|\bk3d\s+cluster\s+create\b|k3d-action|\bminikube\s+start\b|setup-minikube/i;
const ARGOCD_FROM_CI = /\bargocd\s+app\s+(?:sync|set|rollback|patch)\b/i;
const ARGOCD_ACTION = /argo-?cd/i;

/** Publishing a change to a repository: a push, a pull or merge request. */
const PUBLISH_COMMAND = /\bgit\s+push\b|\bgh\s+pr\s+create\b|\bglab\s+mr\s+create\b|\/merge_requests\b|\/pulls\b/i;
const PUBLISH_ACTION = /^(?:peter-evans\/create-pull-request|stefanzweifel\/git-auto-commit-action|EndBug\/add-and-commit|github-actions-x\/commit)@/i;
const DISPATCH_ACTION = /^peter-evans\/repository-dispatch@/i;
const DISPATCH_COMMAND = /\/dispatches\b|\bgh\s+workflow\s+run\b/i;
/** Editing image tags in manifests. */
const MANIFEST_EDIT = /\bkustomize\s+edit\s+set\s+image\b|\byq\b.*\bimage\b|\bsed\b.*\bimage\b/i;
/** Repository references in a command: URLs, `--repo`, API paths and clones. */
const REPOSITORY_REFERENCE = /(?:github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com)[/:]([\w./-]+)|--repo[= ]([\w./-]+)|\brepos\/([\w.-]+\/[\w.-]+)|\bclone\s+(?:-\S+\s+)*([\w./:@-]+)/gi;

/** Whether a repository (owner/name, URL or path) looks like a Kubernetes manifests repository. */
export function isKubernetesRepositoryName(reference: string): boolean {
  const name = reference.replace(/\.git$/, "").replace(/\/+$/, "").split("/").pop() ?? "";
  return /(?:^|[-_.])(?:kubernetes|k8s|manifests|gitops|deployments?|deploy)$/i.test(name) || /^(?:kubernetes|k8s|manifests|gitops)(?:[-_.]|$)/i.test(name);
}

/** How a job hands changes to the cluster: directly (CIOps), through ArgoCD's API, or through a Kubernetes repository (GitOps). */
export function deliveriesOfJob(job: TCiJob): TJobDelivery[] {
  const signals = job.steps.flatMap((step) => step.signals);
  const all = [...job.signals, ...signals];
  return [...clusterDeliveries(job, all), ...gitOpsDeliveries(job, all)];
}

function clusterDeliveries(job: TCiJob, signals: readonly TCiSignal[]): TJobDelivery[] {
  if (signals.some((signal) => EPHEMERAL_CLUSTER.test(signal.text))) return [];
  const credentials = signals.find((signal) => CLUSTER_CREDENTIALS.test(signal.text));
  const after = credentials ? ` after \`${credentials.text}\` (line ${credentials.line})` : "";
  const deliveries: TJobDelivery[] = [];
  for (const step of job.steps) {
    const stepText = step.signals.map((signal) => signal.text).join("\n");
    for (const signal of step.signals) {
      const changesCluster =
        (signal.source === "command" && !NOT_A_CHANGE.test(signal.text) && CLUSTER_CHANGES.some((pattern) => pattern.test(signal.text))) ||
        (signal.source === "uses" && CLUSTER_ACTIONS.test(signal.text));
      if (changesCluster) deliveries.push({ kind: "ciops", line: signal.line, evidence: `${signal.text}${after}` });
      const syncsArgoCd =
        (signal.source === "command" && ARGOCD_FROM_CI.test(signal.text)) ||
        (signal.source === "uses" && ARGOCD_ACTION.test(signal.text) && /\bapp\s+(?:sync|set|rollback)\b/i.test(stepText));
      if (syncsArgoCd) deliveries.push({ kind: "argocd-from-ci", line: signal.line, evidence: signal.text });
    }
  }
  return deliveries;
}

/**
 * GitOps hand-over: a dispatch or downstream trigger to a Kubernetes repository, or a push or pull
 * request in a job that checks out a Kubernetes repository or edits image tags in manifests.
 */
function gitOpsDeliveries(job: TCiJob, signals: readonly TCiSignal[]): TJobDelivery[] {
  const kubernetesRepository = signals.map(kubernetesRepositoryOf).find((name) => name !== undefined);
  const editsManifests = signals.some((signal) => signal.source === "command" && MANIFEST_EDIT.test(signal.text));
  const deliveries: TJobDelivery[] = [];
  for (const signal of signals) {
    const dispatches =
      (signal.source === "trigger" && isKubernetesRepositoryName(signal.text)) ||
      (signal.source === "uses" && DISPATCH_ACTION.test(signal.text) && kubernetesRepository !== undefined) ||
      (signal.source === "command" && DISPATCH_COMMAND.test(signal.text) && kubernetesRepositoryOf(signal) !== undefined);
    const publishes = (signal.source === "command" && PUBLISH_COMMAND.test(signal.text)) || (signal.source === "uses" && PUBLISH_ACTION.test(signal.text));
    if (dispatches || (publishes && (kubernetesRepository !== undefined || editsManifests))) {
      const target = kubernetesRepository ?? kubernetesRepositoryOf(signal);
      deliveries.push({ kind: "gitops", line: signal.line, evidence: target ? `${signal.text} (${target})` : signal.text });
    }
  }
  return deliveries.slice(0, 1);
}

function kubernetesRepositoryOf(signal: TCiSignal): string | undefined {
  if (signal.source === "trigger" || (signal.source === "with" && signal.key === "repository")) {
    return isKubernetesRepositoryName(signal.text) ? signal.text : undefined;
  }
  if (signal.source !== "command") return undefined;
  for (const match of signal.text.matchAll(REPOSITORY_REFERENCE)) {
    const reference = match.slice(1).find((group) => group !== undefined);
    if (reference && isKubernetesRepositoryName(reference)) return reference.replace(/\.git$/, "");
  }
  return undefined;
}
