import { isRecord, type TFieldPath } from "../objects.ts";
import { isReplicated, podSpecPath, recordAt, type TWorkload } from "../workloads.ts";
import { defineCheck, describeObject } from "./check.ts";

const ZONE_KEY = "topology.kubernetes.io/zone";

export const zoneSpreadCheck = defineCheck(
  {
    checkId: "zone-spread.topology",
    practiceId: "deploy.workload.zone-spread",
    severity: "medium",
    title: "Pods are spread across availability zones",
    remediation: `Add a topologySpreadConstraint with topologyKey ${ZONE_KEY} (maxSkew 1), or pod anti-affinity on that key, selecting the workload's own pods.`,
  },
  (index, report) => {
    for (const workload of index.workloads.filter(isReplicated)) {
      const label = describeObject(workload.object);
      const spread = zoneSpreadOf(workload);
      if (spread) report.pass(workload.object, `${label}: ${spread.how} on ${ZONE_KEY}.`, spread.at);
      else report.fail(workload.object, `${label}: no topologySpreadConstraint or pod anti-affinity on ${ZONE_KEY}, so all pods may land in one zone.`, podSpecPath(workload));
    }
  },
);

/** The first zone-keyed spread constraint or anti-affinity term of the pod template. */
function zoneSpreadOf(workload: TWorkload): { how: string; at: TFieldPath } | undefined {
  const constraints = workload.podSpec["topologySpreadConstraints"];
  if (Array.isArray(constraints)) {
    const position = constraints.findIndex((constraint) => isRecord(constraint) && constraint["topologyKey"] === ZONE_KEY);
    if (position >= 0) return { how: "topologySpreadConstraints", at: podSpecPath(workload, "topologySpreadConstraints", position, "topologyKey") };
  }
  const antiAffinity = recordAt(workload.podSpec, ["affinity", "podAntiAffinity"]);
  const terms: [string, (term: Record<string, unknown>) => unknown, (string | number)[]][] = [
    ["requiredDuringSchedulingIgnoredDuringExecution", (term) => term["topologyKey"], ["topologyKey"]],
    ["preferredDuringSchedulingIgnoredDuringExecution", (term) => recordAt(term, ["podAffinityTerm"])["topologyKey"], ["podAffinityTerm", "topologyKey"]],
  ];
  for (const [field, keyOf, keyPath] of terms) {
    const list = antiAffinity[field];
    if (!Array.isArray(list)) continue;
    const position = list.findIndex((term) => isRecord(term) && keyOf(term) === ZONE_KEY);
    if (position >= 0) return { how: `pod anti-affinity (${field.startsWith("required") ? "required" : "preferred"})`, at: podSpecPath(workload, "affinity", "podAntiAffinity", field, position, ...keyPath) };
  }
  return undefined;
}
