import type { TKubernetesObject } from "../objects.ts";
import { operatorPodLabelsOf } from "../operator-pods.ts";
import { fewestPodsOf } from "../scale.ts";
import { labelSelectorOf, selects } from "../selectors.ts";
import { isReplicated, recordAt, type TWorkload } from "../workloads.ts";
import type { TKubernetesIndex } from "../relations.ts";
import { defineCheck, describeObject } from "./check.ts";

const PDB_DEFINITION = { practiceId: "scaling.pod.pdb", severity: "medium" } as const;

export const disruptionBudgetPresentCheck = defineCheck(
  { ...PDB_DEFINITION, checkId: "pdb.present", title: "Workloads have a PodDisruptionBudget selecting their pods", remediation: "Add a PodDisruptionBudget in the workload's namespace whose selector matches its pod template labels, with maxUnavailable: 1." },
  (index, report) => {
    for (const workload of index.workloads.filter(isReplicated)) {
      const label = describeObject(workload.object);
      const [budget] = index.disruptionBudgetsSelecting(workload);
      if (budget) report.pass(workload.object, `${label}: PodDisruptionBudget ${budget.name} selects its pods.`, { object: budget, path: ["spec", "selector"] });
      else report.fail(workload.object, `${label}: no PodDisruptionBudget in namespace ${workload.object.namespace} selects its pods, so a node drain may stop them all at once.`);
    }
  },
);

export const disruptionBudgetSelectsCheck = defineCheck(
  { ...PDB_DEFINITION, severity: "low", checkId: "pdb.selects-workload", title: "PodDisruptionBudgets select a workload", remediation: "Make the selector match the pod template labels of the workload it protects (same namespace)." },
  (index, report) => {
    for (const budget of budgetsOf(index)) {
      const label = describeObject(budget);
      const workloads = index.workloadsSelectedBy(budget);
      const operated = workloads.length > 0 ? [] : operatedResourcesSelectedBy(budget, index);
      if (workloads.length > 0) report.pass(budget, `${label}: selects ${workloads.map((workload) => describeObject(workload.object)).join(", ")}.`, ["spec", "selector"]);
      else if (operated.length > 0) report.pass(budget, `${label}: selects the pods its operator runs for ${operated.map(describeObject).join(", ")}.`, ["spec", "selector"]);
      else report.warn(budget, `${label}: its selector matches no scanned workload in namespace ${budget.namespace}.`, ["spec", "selector"]);
    }
  },
);

export const disruptionBudgetAllowsEvictionCheck = defineCheck(
  {
    ...PDB_DEFINITION,
    severity: "high",
    checkId: "pdb.allows-eviction",
    title: "PodDisruptionBudgets leave room to evict a pod",
    remediation: "Allow at least one pod to be evicted: maxUnavailable: 1, or minAvailable below the replica count (or the HPA's minReplicas).",
  },
  (index, report) => {
    for (const budget of budgetsOf(index)) {
      for (const workload of index.workloadsSelectedBy(budget)) {
        const verdict = evictionVerdict(budget, workload, index);
        const message = `${describeObject(budget)} for ${describeObject(workload.object)}: ${verdict.message}`;
        if (verdict.allows) report.pass(budget, message, verdict.path);
        else report.fail(budget, message, verdict.path);
      }
    }
  },
);

/** Custom resources of the budget's namespace whose operator runs pods its selector matches (a Prometheus, an Alertmanager). */
function operatedResourcesSelectedBy(budget: TKubernetesObject, index: TKubernetesIndex): TKubernetesObject[] {
  const selector = labelSelectorOf(recordAt(budget.data, ["spec"])["selector"]);
  if (!selector) return [];
  return index.objects.filter((object) => {
    if (object.namespace !== budget.namespace) return false;
    const labels = operatorPodLabelsOf(object);
    return labels !== undefined && selects(selector, labels);
  });
}

function budgetsOf(index: TKubernetesIndex): TKubernetesObject[] {
  return index.objects.filter((object) => object.kind === "PodDisruptionBudget");
}

/** Whether a drain can evict at least one of the workload's pods when it runs its fewest pods. */
function evictionVerdict(budget: TKubernetesObject, workload: TWorkload, index: TKubernetesIndex): { allows: boolean; message: string; path: string[] } {
  const spec = recordAt(budget.data, ["spec"]);
  const { pods, source } = fewestPodsOf(workload, index);
  const of = `${pods} pod${pods === 1 ? "" : "s"} (${source})`;
  if (spec["maxUnavailable"] !== undefined) {
    const allowed = podsOf(spec["maxUnavailable"], pods);
    const message = `maxUnavailable ${String(spec["maxUnavailable"])} of ${of} lets ${allowed} pod${allowed === 1 ? "" : "s"} be evicted at a time${allowed > 0 ? "" : ", which blocks every eviction and so every node drain"}.`;
    return { allows: allowed > 0, message, path: ["spec", "maxUnavailable"] };
  }
  if (spec["minAvailable"] !== undefined) {
    const required = podsOf(spec["minAvailable"], pods);
    const allows = required < pods;
    const message = `minAvailable ${String(spec["minAvailable"])} of ${of} keeps ${required} running${allows ? `, so ${pods - required} can be evicted` : ", which blocks every eviction and so every node drain"}.`;
    return { allows, message, path: ["spec", "minAvailable"] };
  }
  return { allows: false, message: "sets neither minAvailable nor maxUnavailable.", path: ["spec"] };
}

/** A PDB count: an integer, or a percentage of the pods rounded up (as the disruption controller does). */
function podsOf(value: unknown, pods: number): number {
  if (typeof value === "number") return value;
  const percent = /^(\d+)%$/.exec(String(value));
  return percent ? Math.ceil((Number(percent[1]) * pods) / 100) : Number(value) || 0;
}
