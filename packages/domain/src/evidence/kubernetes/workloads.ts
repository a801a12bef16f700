import { isRecord, stringRecord, type TFieldPath, type TKubernetesObject } from "./objects.ts";

export const WORKLOAD_KINDS = ["Deployment", "StatefulSet", "DaemonSet"] as const;
export type TWorkloadKind = (typeof WORKLOAD_KINDS)[number];

/** A workload and the pod template it runs. */
export interface TWorkload {
  object: TKubernetesObject;
  kind: TWorkloadKind;
  podLabels: Readonly<Record<string, string>>;
  podSpec: Readonly<Record<string, unknown>>;
  podSpecPath: TFieldPath;
  /** spec.replicas when written (DaemonSets have none). */
  replicas: number | undefined;
}

export interface TContainer {
  name: string;
  data: Readonly<Record<string, unknown>>;
  path: TFieldPath;
  init: boolean;
}

const POD_SPEC_PATH: TFieldPath = ["spec", "template", "spec"];

export function workloadOf(object: TKubernetesObject): TWorkload | undefined {
  if (!(WORKLOAD_KINDS as readonly string[]).includes(object.kind)) return undefined;
  const spec = recordAt(object.data, ["spec"]);
  const template = recordAt(spec, ["template"]);
  return {
    object,
    kind: object.kind as TWorkloadKind,
    podLabels: stringRecord(recordAt(template, ["metadata"])["labels"]),
    podSpec: recordAt(template, ["spec"]),
    podSpecPath: POD_SPEC_PATH,
    replicas: typeof spec["replicas"] === "number" ? spec["replicas"] : undefined,
  };
}

/** Workloads that keep a replica count (DaemonSets run one pod per node instead). */
export function isReplicated(workload: TWorkload): boolean {
  return workload.kind !== "DaemonSet";
}

/** The application containers of the pod template (init containers only when asked for). */
export function containersOf(workload: TWorkload, options: { withInit?: boolean } = {}): TContainer[] {
  const lists: ["containers" | "initContainers", boolean][] = options.withInit ? [["initContainers", true], ["containers", false]] : [["containers", false]];
  return lists.flatMap(([field, init]) => {
    const list = workload.podSpec[field];
    if (!Array.isArray(list)) return [];
    return list.flatMap((data, index) =>
      isRecord(data) ? [{ name: typeof data["name"] === "string" ? data["name"] : `#${index + 1}`, data, path: [...workload.podSpecPath, field, index], init }] : [],
    );
  });
}

/** A field of the pod spec, with its path in the workload. */
export function podSpecPath(workload: TWorkload, ...fields: (string | number)[]): TFieldPath {
  return [...workload.podSpecPath, ...fields];
}

/** The nested record at `path`, or an empty record when any step is missing or not a mapping. */
export function recordAt(value: unknown, path: TFieldPath): Record<string, unknown> {
  let current = value;
  for (const segment of path) current = isRecord(current) ? current[segment] : Array.isArray(current) ? current[segment as number] : undefined;
  return isRecord(current) ? current : {};
}
