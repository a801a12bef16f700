import type { TKubernetesIndex } from "../relations.ts";
import { containersOf, type TContainer, type TWorkload } from "../workloads.ts";
import { describeObject } from "./check.ts";

/** "Deployment shop/orders, container app", as messages name a container. */
export function describeContainer(workload: TWorkload, container: TContainer): string {
  return `${describeObject(workload.object)}, ${container.init ? "init container" : "container"} ${container.name}`;
}

/** Visits every container of every workload, with the label messages use ("Deployment shop/orders, container app"). */
export function eachContainer(index: TKubernetesIndex, visit: (workload: TWorkload, container: TContainer, label: string) => void, options: { withInit?: boolean } = {}): void {
  for (const workload of index.workloads) {
    for (const container of containersOf(workload, options)) visit(workload, container, describeContainer(workload, container));
  }
}
