import type { TScanProblem } from "../finding.ts";
import type { TYamlDocument } from "../yaml-source.ts";

export type TFieldPath = readonly (string | number)[];

/** One Kubernetes object read from a manifest, with the file and lines that locate it and its fields. */
export interface TKubernetesObject {
  apiVersion: string;
  kind: string;
  name: string;
  /** The object's namespace ("default" when a namespaced object names none); null for cluster-scoped kinds. */
  namespace: string | null;
  labels: Readonly<Record<string, string>>;
  data: Readonly<Record<string, unknown>>;
  /** The document carries SOPS metadata (a top-level `sops` key): its values are encrypted. */
  encryptedWithSops: boolean;
  file: string;
  /** The line where the object starts. */
  line: number;
  /** The line of a field of the object (see TYamlDocument.lineOf). */
  lineOf(path: TFieldPath): number;
}

/** Kinds that live outside namespaces; any other kind (including unknown custom kinds) is namespaced. */
const CLUSTER_SCOPED_KINDS = new Set([
  "Namespace", "Node", "PersistentVolume", "StorageClass", "PriorityClass", "RuntimeClass", "IngressClass",
  "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "APIService", "CSIDriver", "VolumeSnapshotClass",
  "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
  "ClusterIssuer", "ClusterSecretStore",
]);

/**
 * The Kubernetes objects of YAML documents: `kind: List` is expanded into its items, documents that
 * are not Kubernetes objects (no apiVersion or kind) are skipped, and objects without a name become problems.
 */
export function kubernetesObjectsOf(documents: readonly TYamlDocument[]): { objects: TKubernetesObject[]; problems: TScanProblem[] } {
  const objects: TKubernetesObject[] = [];
  const problems: TScanProblem[] = [];
  for (const document of documents) {
    if (!isRecord(document.data)) continue;
    const encryptedWithSops = isRecord(document.data["sops"]);
    if (document.data["kind"] === "List" && Array.isArray(document.data["items"])) {
      document.data["items"].forEach((item, index) => {
        const lineOf = (path: TFieldPath) => document.lineOf(["items", index, ...path]);
        readObject(item, document.file, lineOf, encryptedWithSops, objects, problems);
      });
    } else {
      readObject(document.data, document.file, document.lineOf, encryptedWithSops, objects, problems);
    }
  }
  return { objects, problems };
}

function readObject(
  data: unknown,
  file: string,
  lineOf: (path: TFieldPath) => number,
  encryptedWithSops: boolean,
  objects: TKubernetesObject[],
  problems: TScanProblem[],
): void {
  if (!isRecord(data) || typeof data["apiVersion"] !== "string" || typeof data["kind"] !== "string") return;
  const { apiVersion, kind } = data;
  const metadata = isRecord(data["metadata"]) ? data["metadata"] : {};
  const line = lineOf([]);
  // generateName is how Jobs and hooks are often named; the API server completes it.
  const name = stringOr(metadata["name"]) ?? stringOr(metadata["generateName"]);
  if (name === undefined) {
    problems.push({ file, line, column: 1, message: `This ${kind} has no metadata.name, so it cannot be checked.` });
    return;
  }
  const namespace = CLUSTER_SCOPED_KINDS.has(kind) ? null : (stringOr(metadata["namespace"]) ?? "default");
  objects.push({ apiVersion, kind, name, namespace, labels: stringRecord(metadata["labels"]), data, encryptedWithSops, file, line, lineOf });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A label map (or matchLabels): only string-valued entries, numbers and booleans written as YAML scalars turned to text. */
export function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const result: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry === "string" || typeof entry === "number" || typeof entry === "boolean") result[key] = String(entry);
  }
  return result;
}

function stringOr(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}
