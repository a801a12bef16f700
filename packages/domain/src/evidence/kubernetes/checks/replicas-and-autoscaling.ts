import { minReplicasOf } from "../scale.ts";
import { sharedServiceOf } from "../shared-service.ts";
import { isReplicated, recordAt } from "../workloads.ts";
import { defineCheck, describeObject } from "./check.ts";

export const desiredCountCheck = defineCheck(
  {
    checkId: "replicas.desired-count",
    practiceId: "scaling.pod.desired-count",
    severity: "medium",
    title: "Workloads run at least two pods, and leave the count to their HPA when they have one",
    remediation: "Set spec.replicas to 2 or more, or add an HorizontalPodAutoscaler with minReplicas ≥ 2 and remove spec.replicas.",
  },
  (index, report) => {
    for (const workload of index.workloads.filter(isReplicated)) {
      const label = describeObject(workload.object);
      const [autoscaler] = index.autoscalersOf(workload);
      if (autoscaler) {
        if (workload.replicas === undefined) report.pass(workload.object, `${label}: HPA ${autoscaler.name} keeps the pod count and spec.replicas is unset.`, { object: autoscaler, path: ["spec", "scaleTargetRef"] });
        else report.fail(workload.object, `${label}: spec.replicas is ${workload.replicas} although HPA ${autoscaler.name} manages the count, so every apply resets the autoscaled count.`, ["spec", "replicas"], "Remove spec.replicas; the HPA's minReplicas and maxReplicas decide the count.");
      } else if (workload.replicas !== undefined && workload.replicas >= 2) {
        report.pass(workload.object, `${label}: spec.replicas is ${workload.replicas}.`, ["spec", "replicas"]);
      } else {
        const [count, at] = workload.replicas === undefined ? ["spec.replicas is not set and no HPA manages it (one pod)", ["spec"]] : [`spec.replicas is ${workload.replicas}`, ["spec", "replicas"]];
        const shared = sharedServiceOf(workload, index);
        if (shared) {
          const others = shared.others.map((other) => describeObject(other.object)).join(" and ");
          report.warn(workload.object, `${label}: ${count}, but Service ${shared.service.name} also selects ${others} (${shared.pods} pods in all), so the Service keeps serving when this pod is lost; traffic routed to this workload alone does not.`, at, "Run two pods of each version too, or accept that traffic routed to this version alone (a mesh subset) stops while its pod is replaced.");
        } else report.fail(workload.object, `${label}: ${count}, so losing one pod or node stops the service.`, at);
      }
    }
  },
);

const HPA_DEFINITION = { practiceId: "scaling.pod.hpa", severity: "medium" } as const;

export const autoscalerPresentCheck = defineCheck(
  { ...HPA_DEFINITION, checkId: "hpa.present", title: "Deployments and StatefulSets have an HorizontalPodAutoscaler", remediation: "Add an HorizontalPodAutoscaler (autoscaling/v2) whose scaleTargetRef names the workload, in its namespace." },
  (index, report) => {
    for (const workload of index.workloads.filter(isReplicated)) {
      const label = describeObject(workload.object);
      const [autoscaler] = index.autoscalersOf(workload);
      if (autoscaler) report.pass(workload.object, `${label}: HPA ${autoscaler.name} scales it.`, { object: autoscaler, path: ["spec", "scaleTargetRef"] });
      else report.fail(workload.object, `${label}: no HorizontalPodAutoscaler targets it, so it does not scale with load.`);
    }
  },
);

export const autoscalerMinimumCheck = defineCheck(
  { ...HPA_DEFINITION, checkId: "hpa.min-replicas", title: "HorizontalPodAutoscalers keep at least two pods", remediation: "Set minReplicas to 2 or more, so scaling in never leaves a single pod." },
  (index, report) => {
    for (const autoscaler of index.objects.filter((object) => object.kind === "HorizontalPodAutoscaler")) {
      const label = describeObject(autoscaler);
      const minimum = minReplicasOf(autoscaler);
      const at = ["spec", "minReplicas"];
      if (minimum >= 2) report.pass(autoscaler, `${label}: minReplicas is ${minimum}.`, at);
      else {
        const written = "minReplicas" in recordAt(autoscaler.data, ["spec"]);
        report.fail(autoscaler, `${label}: minReplicas is ${minimum}${written ? "" : " (the default)"}, so scaling in can leave a single pod.`, at);
      }
    }
  },
);

export const autoscalerTargetCheck = defineCheck(
  { ...HPA_DEFINITION, checkId: "hpa.target-exists", title: "HorizontalPodAutoscalers target a workload that exists", remediation: "Point scaleTargetRef at the kind and name of a workload in the HPA's namespace, or remove the HPA." },
  (index, report) => {
    for (const autoscaler of index.objects.filter((object) => object.kind === "HorizontalPodAutoscaler")) {
      const label = describeObject(autoscaler);
      const target = index.scaleTargetOf(autoscaler);
      const at = ["spec", "scaleTargetRef", "name"];
      if (target) report.pass(autoscaler, `${label}: scales ${describeObject(target)}.`, at);
      else {
        const reference = recordAt(autoscaler.data, ["spec", "scaleTargetRef"]);
        report.fail(autoscaler, `${label}: scaleTargetRef names ${String(reference["kind"])} ${String(reference["name"])}, which is not among the scanned objects of namespace ${autoscaler.namespace}.`, at);
      }
    }
  },
);
