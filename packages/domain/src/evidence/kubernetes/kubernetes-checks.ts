import type { TFinding, TScanProblem, TScanResult, TSourceFile } from "../finding.ts";
import { readYamlDocuments } from "../yaml-source.ts";
import type { TCheckDefinition, TKubernetesCheck } from "./checks/check.ts";
import { configMapCheck, committedSecretCheck } from "./checks/configuration-and-secrets.ts";
import { disruptionBudgetAllowsEvictionCheck, disruptionBudgetPresentCheck, disruptionBudgetSelectsCheck } from "./checks/disruption-budget.ts";
import { imagePullPolicyCheck } from "./checks/image-pull-policy.ts";
import { namespaceInMeshCheck } from "./checks/mesh.ts";
import { PROBE_CHECKS } from "./checks/probes.ts";
import { autoscalerMinimumCheck, autoscalerPresentCheck, autoscalerTargetCheck, desiredCountCheck } from "./checks/replicas-and-autoscaling.ts";
import { guaranteedQosCheck, requestsAndLimitsCheck } from "./checks/resources.ts";
import { rollingUpdateCheck } from "./checks/rollout.ts";
import { gracePeriodCheck, preStopWaitCheck } from "./checks/shutdown.ts";
import { zoneSpreadCheck } from "./checks/zone-spread.ts";
import { kubernetesObjectsOf, type TKubernetesObject } from "./objects.ts";
import { indexKubernetesObjects } from "./relations.ts";

export type { TCheckDefinition } from "./checks/check.ts";
export { kubernetesObjectsOf, type TKubernetesObject } from "./objects.ts";

const CHECKS: readonly TKubernetesCheck[] = [
  ...PROBE_CHECKS,
  imagePullPolicyCheck,
  preStopWaitCheck,
  gracePeriodCheck,
  rollingUpdateCheck,
  desiredCountCheck,
  autoscalerPresentCheck,
  autoscalerMinimumCheck,
  autoscalerTargetCheck,
  zoneSpreadCheck,
  disruptionBudgetPresentCheck,
  disruptionBudgetSelectsCheck,
  disruptionBudgetAllowsEvictionCheck,
  requestsAndLimitsCheck,
  guaranteedQosCheck,
  configMapCheck,
  committedSecretCheck,
  namespaceInMeshCheck,
];

/** Every Kubernetes manifest check, without its code: to list them and explain them. */
export const KUBERNETES_CHECKS: readonly TCheckDefinition[] = CHECKS.map(({ checkId, practiceId, severity, title, remediation }) => ({ checkId, practiceId, severity, title, remediation }));

const MANIFEST_FILE = /\.(ya?ml|json)$/i;

/**
 * Checks Kubernetes manifests (plain YAML, `kind: List`, or `helm template` output) against the
 * practices of section 24–25. Objects of all files are related to each other (a PDB in one file
 * selects a Deployment in another), so the files of one repository are checked together.
 */
export function checkKubernetes(files: readonly TSourceFile[]): TScanResult {
  const objects: TKubernetesObject[] = [];
  const errors: TScanProblem[] = [];
  // Manifests are YAML or JSON; a CODEOWNERS file read for the repository checks is not YAML.
  for (const file of files.filter((f) => MANIFEST_FILE.test(f.path))) {
    const read = readYamlDocuments(file);
    errors.push(...read.problems);
    const found = kubernetesObjectsOf(read.documents);
    objects.push(...found.objects);
    errors.push(...found.problems);
  }
  return { files: files.length, findings: checkKubernetesObjects(objects), errors };
}

/** Runs every check over objects already read, findings ordered by file, line and check. */
export function checkKubernetesObjects(objects: readonly TKubernetesObject[]): TFinding[] {
  const index = indexKubernetesObjects(objects);
  return CHECKS.flatMap((check) => check.run(index)).sort(
    (left, right) => compareText(left.file, right.file) || left.line - right.line || compareText(left.checkId, right.checkId),
  );
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
