import { recordAt } from "../workloads.ts";
import { sameQuantity } from "../quantity.ts";
import { defineCheck } from "./check.ts";
import { eachContainer } from "./containers.ts";

const RESOURCES = ["cpu", "memory"] as const;
const QOS_DEFINITION = { practiceId: "scaling.pod.guaranteed-qos", severity: "medium" } as const;

export const requestsAndLimitsCheck = defineCheck(
  { ...QOS_DEFINITION, checkId: "resources.requests-and-limits", title: "Containers set cpu and memory requests and limits", remediation: "Set resources.requests and resources.limits for both cpu and memory on every container." },
  (index, report) => {
    eachContainer(
      index,
      (workload, container, label) => {
        const resources = recordAt(container.data, ["resources"]);
        const missing = (["requests", "limits"] as const).flatMap((kind) => RESOURCES.filter((name) => recordAt(resources, [kind])[name] === undefined).map((name) => `${kind}.${name}`));
        const at = [...container.path, "resources"];
        if (missing.length === 0) report.pass(workload.object, `${label}: cpu and memory requests and limits are set.`, at);
        else report.fail(workload.object, `${label}: resources ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not set, so the scheduler and the eviction order cannot rely on them.`, at);
      },
      { withInit: true },
    );
  },
);

export const guaranteedQosCheck = defineCheck(
  {
    ...QOS_DEFINITION,
    severity: "low",
    checkId: "resources.guaranteed-qos",
    title: "Containers request what they are limited to (Guaranteed QoS)",
    remediation: "Set requests equal to limits for cpu and memory (an unset request defaults to its limit), so the pod gets the Guaranteed QoS class and is evicted last.",
  },
  (index, report) => {
    eachContainer(
      index,
      (workload, container, label) => {
        const limits = recordAt(container.data, ["resources", "limits"]);
        const requests = recordAt(container.data, ["resources", "requests"]);
        // Kubernetes defaults a missing request to its limit, which still counts as Guaranteed.
        const unequal = RESOURCES.filter((name) => limits[name] === undefined || (requests[name] !== undefined && !sameQuantity(requests[name], limits[name])));
        const at = [...container.path, "resources"];
        if (unequal.length === 0) report.pass(workload.object, `${label}: requests equal limits for cpu and memory (Guaranteed QoS).`, at);
        else report.fail(workload.object, `${label}: ${unequal.map((name) => (limits[name] === undefined ? `no ${name} limit` : `${name} request ${String(requests[name])} differs from limit ${String(limits[name])}`)).join("; ")}, so the pod is not Guaranteed.`, at);
      },
      { withInit: true },
    );
  },
);
