import type { TKubernetesObject } from "./objects.ts";
import type { TKubernetesIndex } from "./relations.ts";
import { fewestPodsOf } from "./scale.ts";
import type { TWorkload } from "./workloads.ts";

/**
 * A Service that selects this workload's pods and other workloads' too (versions of one service, as
 * Istio's Bookinfo runs reviews-v1, -v2 and -v3 behind Service reviews), when together they run at
 * least two pods: the Service then outlives the loss of any one of them.
 */
export function sharedServiceOf(workload: TWorkload, index: TKubernetesIndex): { service: TKubernetesObject; others: readonly TWorkload[]; pods: number } | undefined {
  for (const service of index.servicesSelecting(workload)) {
    const selected = index.workloadsSelectedBy(service);
    const others = selected.filter((other) => other !== workload);
    const pods = selected.reduce((sum, each) => sum + fewestPodsOf(each, index).pods, 0);
    if (others.length > 0 && pods >= 2) return { service, others, pods };
  }
  return undefined;
}
