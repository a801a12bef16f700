import { stringRecord, type TKubernetesObject } from "./objects.ts";
import { recordAt, WORKLOAD_KINDS } from "./workloads.ts";

/** The label the Prometheus operator adds to the pods of each of its kinds, valued with the resource's name. */
const PROMETHEUS_OPERATOR_NAME_LABELS: Readonly<Record<string, string>> = { Prometheus: "prometheus", Alertmanager: "alertmanager", ThanosRuler: "thanos-ruler" };

/**
 * The labels an operator gives the pods it runs for a custom resource, as far as the resource says:
 * its spec.podMetadata.labels (the Prometheus operator's convention), and for the Prometheus
 * operator's own kinds the label naming the resource (`prometheus: k8s`). Undefined for anything else.
 */
export function operatorPodLabelsOf(object: TKubernetesObject): Readonly<Record<string, string>> | undefined {
  if ((WORKLOAD_KINDS as readonly string[]).includes(object.kind)) return undefined;
  const labels: Record<string, string> = { ...stringRecord(recordAt(object.data, ["spec", "podMetadata"])["labels"]) };
  const nameLabel = object.apiVersion.startsWith("monitoring.coreos.com/") ? PROMETHEUS_OPERATOR_NAME_LABELS[object.kind] : undefined;
  if (nameLabel) labels[nameLabel] = object.name;
  return Object.keys(labels).length > 0 ? labels : undefined;
}
