import type { TKubernetesObject } from "./objects.ts";
import type { TKubernetesIndex } from "./relations.ts";
import { recordAt, type TWorkload } from "./workloads.ts";

/** An HPA's minReplicas (Kubernetes defaults it to 1). */
export function minReplicasOf(autoscaler: TKubernetesObject): number {
  const value = recordAt(autoscaler.data, ["spec"])["minReplicas"];
  return typeof value === "number" ? value : 1;
}

/** The fewest pods the workload runs in normal operation: its HPA's minimum, else spec.replicas (default 1). */
export function fewestPodsOf(workload: TWorkload, index: TKubernetesIndex): { pods: number; source: string } {
  const [autoscaler] = index.autoscalersOf(workload);
  if (autoscaler) return { pods: minReplicasOf(autoscaler), source: `the minReplicas of HPA ${autoscaler.name}` };
  return { pods: workload.replicas ?? 1, source: workload.replicas === undefined ? "the default of 1 replica" : "spec.replicas" };
}
