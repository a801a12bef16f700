import { recordAt } from "../workloads.ts";
import { defineCheck, describeObject } from "./check.ts";

/** Deployments name their strategy `strategy`; StatefulSets and DaemonSets `updateStrategy`. All default to RollingUpdate. */
const STRATEGY_FIELD = { Deployment: "strategy", StatefulSet: "updateStrategy", DaemonSet: "updateStrategy" } as const;

export const rollingUpdateCheck = defineCheck(
  {
    checkId: "rollout.rolling-update",
    practiceId: "deploy.workload.rolling-update",
    severity: "medium",
    title: "Workloads roll out with RollingUpdate",
    remediation: "Use the RollingUpdate strategy (the default), so old pods keep serving while new ones start.",
  },
  (index, report) => {
    for (const workload of index.workloads) {
      const field = STRATEGY_FIELD[workload.kind];
      const strategy = recordAt(workload.object.data, ["spec"])[field];
      const type = recordAt(strategy, [])["type"];
      const label = describeObject(workload.object);
      if (type === undefined) report.pass(workload.object, `${label}: no ${field}.type, so Kubernetes uses RollingUpdate.`, strategy === undefined ? ["spec"] : ["spec", field]);
      else if (type === "RollingUpdate") report.pass(workload.object, `${label}: ${field}.type is RollingUpdate.`, ["spec", field, "type"]);
      else report.fail(workload.object, `${label}: ${field}.type is ${String(type)}, so ${type === "Recreate" ? "every pod stops before new ones start" : "pods are only replaced when deleted by hand"}.`, ["spec", field, "type"]);
    }
  },
);
