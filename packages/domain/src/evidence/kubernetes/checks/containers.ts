import type { TKubernetesIndex } from "../relations.ts";
import { containersOf, type TContainer, type TWorkload } from "../workloads.ts";
import { describeObject } from "./check.ts";

/** Visits every container of every workload, with the label messages use ("Deployment shop/orders, container app"). */
export function eachContainer(index: TKubernetesIndex, visit: (workload: TWorkload, container: TContainer, label: string) => void, options: { withInit?: boolean } = {}): void {
  for (const workload of index.workloads) {
    for (const container of containersOf(workload, options)) {
      visit(workload, container, `${describeObject(workload.object)}, ${container.init ? "init container" : "container"} ${container.name}`);
    }
  }
}
