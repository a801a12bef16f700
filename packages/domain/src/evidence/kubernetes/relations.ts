import { isRecord, type TKubernetesObject } from "./objects.ts";
import { labelSelectorOf, selects, serviceSelectorOf, type TLabelSelector } from "./selectors.ts";
import { workloadOf, type TWorkload } from "./workloads.ts";

/** The objects of a scan and how they refer to each other, indexed once so every check is linear. */
export interface TKubernetesIndex {
  objects: readonly TKubernetesObject[];
  workloads: readonly TWorkload[];
  /** Services whose selector matches the workload's pod template labels, in its namespace. */
  servicesSelecting(workload: TWorkload): readonly TKubernetesObject[];
  /** PodDisruptionBudgets whose selector matches the workload's pod template labels, in its namespace. */
  disruptionBudgetsSelecting(workload: TWorkload): readonly TKubernetesObject[];
  /** The workloads a Service or PodDisruptionBudget selects. */
  workloadsSelectedBy(object: TKubernetesObject): readonly TWorkload[];
  /** HorizontalPodAutoscalers whose scaleTargetRef names the workload. */
  autoscalersOf(workload: TWorkload): readonly TKubernetesObject[];
  /** The object (of any kind) an HPA's scaleTargetRef names in its namespace, if it was scanned. */
  scaleTargetOf(autoscaler: TKubernetesObject): TKubernetesObject | undefined;
  namespaceNamed(name: string): TKubernetesObject | undefined;
}

export function indexKubernetesObjects(objects: readonly TKubernetesObject[]): TKubernetesIndex {
  const byKindAndName = new Map<string, TKubernetesObject>();
  for (const object of objects) {
    const key = objectKey(object.namespace, object.kind, object.name);
    if (!byKindAndName.has(key)) byKindAndName.set(key, object);
  }
  const workloads = objects.flatMap((object) => workloadOf(object) ?? []);
  const workloadsByObject = new Map(workloads.map((workload) => [workload.object, workload]));
  const candidates = candidateIndex(workloads);

  const selected = new Map<TKubernetesObject, TWorkload[]>();
  const services = new Map<TWorkload, TKubernetesObject[]>();
  const budgets = new Map<TWorkload, TKubernetesObject[]>();
  const autoscalers = new Map<TWorkload, TKubernetesObject[]>();
  const targets = new Map<TKubernetesObject, TKubernetesObject>();
  for (const object of objects) {
    const spec = isRecord(object.data["spec"]) ? object.data["spec"] : {};
    if (object.kind === "Service" || object.kind === "PodDisruptionBudget") {
      const selector = object.kind === "Service" ? serviceSelectorOf(spec["selector"]) : labelSelectorOf(spec["selector"]);
      const matches = selector ? candidates(object.namespace, selector).filter((workload) => selects(selector, workload.podLabels)) : [];
      selected.set(object, matches);
      for (const workload of matches) append(object.kind === "Service" ? services : budgets, workload, object);
    } else if (object.kind === "HorizontalPodAutoscaler") {
      const reference = isRecord(spec["scaleTargetRef"]) ? spec["scaleTargetRef"] : {};
      const target = byKindAndName.get(objectKey(object.namespace, String(reference["kind"]), String(reference["name"])));
      if (!target) continue;
      targets.set(object, target);
      const workload = workloadsByObject.get(target);
      if (workload) append(autoscalers, workload, object);
    }
  }

  return {
    objects,
    workloads,
    servicesSelecting: (workload) => services.get(workload) ?? [],
    disruptionBudgetsSelecting: (workload) => budgets.get(workload) ?? [],
    workloadsSelectedBy: (object) => selected.get(object) ?? [],
    autoscalersOf: (workload) => autoscalers.get(workload) ?? [],
    scaleTargetOf: (autoscaler) => targets.get(autoscaler),
    namespaceNamed: (name) => byKindAndName.get(objectKey(null, "Namespace", name)),
  };
}

/**
 * The workloads a selector could match: those carrying its first matchLabels entry, or all of the
 * namespace when it has none; so matching costs the size of one bucket, not of the whole scan.
 */
function candidateIndex(workloads: readonly TWorkload[]): (namespace: string | null, selector: TLabelSelector) => TWorkload[] {
  const byNamespace = new Map<string | null, TWorkload[]>();
  const byLabel = new Map<string, TWorkload[]>();
  for (const workload of workloads) {
    append(byNamespace, workload.object.namespace, workload);
    for (const [key, value] of Object.entries(workload.podLabels)) append(byLabel, labelKey(workload.object.namespace, key, value), workload);
  }
  return (namespace, selector) => {
    const first = Object.entries(selector.matchLabels)[0];
    return (first ? byLabel.get(labelKey(namespace, first[0], first[1])) : byNamespace.get(namespace)) ?? [];
  };
}

function objectKey(namespace: string | null, kind: string, name: string): string {
  return `${namespace ?? ""}\u0000${kind}\u0000${name}`;
}

function labelKey(namespace: string | null, key: string, value: string): string {
  return `${namespace ?? ""}\u0000${key}\u0000${value}`;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
