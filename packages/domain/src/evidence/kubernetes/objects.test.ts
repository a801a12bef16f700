import { describe, expect, it } from "vitest";
import { readYamlDocuments } from "../yaml-source.ts";
import { fixture } from "./fixtures/scan-fixtures.ts";
import { kubernetesObjectsOf } from "./objects.ts";

function objectsOf(path: string) {
  return kubernetesObjectsOf(readYamlDocuments(fixture(path)).documents);
}

describe("Kubernetes objects of YAML documents", () => {
  it("expands a List into its items, in the default namespace, with the lines of the items' fields", () => {
    const { objects, problems } = objectsOf("reading/pass-list.yaml");
    expect(problems).toEqual([]);
    expect(objects.map(({ kind, name, namespace, file, line }) => ({ kind, name, namespace, file, line }))).toEqual([
      { kind: "Deployment", name: "orders", namespace: "default", file: "reading/pass-list.yaml", line: 4 },
      { kind: "PodDisruptionBudget", name: "orders", namespace: "default", file: "reading/pass-list.yaml", line: 18 },
    ]);
    expect(objects[0]!.lineOf(["spec", "replicas"])).toBe(9);
  });

  it("names helm template documents by their # Source file", () => {
    const { objects } = objectsOf("reading/pass-helm-template-output.yaml");
    expect(objects.map(({ kind, file, line }) => ({ kind, file, line }))).toEqual([
      { kind: "PodDisruptionBudget", file: "orders/templates/pdb.yaml", line: 3 },
      { kind: "Service", file: "orders/templates/service.yaml", line: 15 },
      { kind: "Deployment", file: "orders/templates/deployment.yaml", line: 28 },
    ]);
  });

  it("reports an object without metadata.name with file and line, and accepts generateName", () => {
    const { objects, problems } = objectsOf("reading/fail-missing-name.yaml");
    expect(problems).toEqual([{ file: "reading/fail-missing-name.yaml", line: 1, column: 1, message: "This ConfigMap has no metadata.name, so it cannot be checked." }]);
    expect(objects.map(({ kind, name }) => `${kind}/${name}`)).toEqual(["Job/migrate-"]);
  });

  it("skips YAML that is not a Kubernetes object, silently", () => {
    expect(objectsOf("reading/pass-not-kubernetes.yaml")).toEqual({ objects: [], problems: [] });
  });

  it("keeps cluster-scoped kinds out of namespaces, reads labels as text, and keeps unknown kinds", () => {
    const text = [
      "apiVersion: v1", "kind: Namespace", "metadata:", "  name: shop", "  labels:", "    istio.io/rev: 1-24", "    tier: 2",
      "---", "apiVersion: example.com/v1", "kind: Widget", "metadata:", "  name: gadget", "  namespace: shop", "",
    ].join("\n");
    const { objects } = kubernetesObjectsOf(readYamlDocuments({ path: "mixed.yaml", text }).documents);
    expect(objects.map(({ kind, namespace, labels }) => ({ kind, namespace, labels }))).toEqual([
      { kind: "Namespace", namespace: null, labels: { "istio.io/rev": "1-24", tier: "2" } },
      { kind: "Widget", namespace: "shop", labels: {} },
    ]);
  });
});
