import type { TKubernetesObject } from "./objects.ts";
import type { TKubernetesIndex } from "./relations.ts";
import type { TWorkload } from "./workloads.ts";

/**
 * Whether Services send a workload's pods traffic, as far as the scanned files tell: "served" by the
 * Services selecting them; "unserved" when the files define Services but none selects them (a worker,
 * a load generator); "unknown" when the files define no Service at all, so they cannot tell.
 */
export type TTraffic = { kind: "served"; services: readonly TKubernetesObject[] } | { kind: "unserved" } | { kind: "unknown" };

const scansWithServices = new WeakMap<TKubernetesIndex, boolean>();

export function trafficOf(workload: TWorkload, index: TKubernetesIndex): TTraffic {
  const services = index.servicesSelecting(workload);
  if (services.length > 0) return { kind: "served", services };
  let definesServices = scansWithServices.get(index);
  if (definesServices === undefined) {
    definesServices = index.objects.some((object) => object.kind === "Service");
    scansWithServices.set(index, definesServices);
  }
  return definesServices ? { kind: "unserved" } : { kind: "unknown" };
}

/** What traffic-only practices (readiness, preStop) say of an unserved workload, and what to do about it. */
export const UNSERVED = {
  why: "no scanned Service selects its pods, so no traffic waits for them",
  remediation: "Nothing to do while no Service selects these pods (a worker, a job runner, a load generator); add it before a Service does.",
} as const;
