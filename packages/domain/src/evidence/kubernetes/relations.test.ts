import { describe, expect, it } from "vitest";
import { readYamlDocuments } from "../yaml-source.ts";
import { kubernetesObjectsOf } from "./objects.ts";
import { indexKubernetesObjects } from "./relations.ts";

function indexOf(...documents: string[]) {
  const text = documents.join("\n---\n");
  return indexKubernetesObjects(kubernetesObjectsOf(readYamlDocuments({ path: "all.yaml", text }).documents).objects);
}

const deployment = (name: string, namespace: string, labels: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: ${name}, namespace: ${namespace} }\nspec:\n  template:\n    metadata:\n      labels: ${labels}`;

describe("relations between objects", () => {
  it("relates Services and PDBs to the workloads whose pod labels they select, in the same namespace only", () => {
    const index = indexOf(
      deployment("orders", "shop", "{ app: orders, tier: backend }"),
      deployment("orders", "staging", "{ app: orders }"),
      "apiVersion: v1\nkind: Service\nmetadata: { name: orders, namespace: shop }\nspec:\n  selector: { app: orders }",
      "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: backend, namespace: shop }\nspec:\n  selector:\n    matchExpressions: [{ key: tier, operator: In, values: [backend] }]",
    );
    const [shopOrders, stagingOrders] = index.workloads;
    expect(index.servicesSelecting(shopOrders!).map((service) => service.name)).toEqual(["orders"]);
    expect(index.disruptionBudgetsSelecting(shopOrders!).map((budget) => budget.name)).toEqual(["backend"]);
    expect(index.servicesSelecting(stagingOrders!)).toEqual([]);
    expect(index.disruptionBudgetsSelecting(stagingOrders!)).toEqual([]);
  });

  it("relates an HPA to the workload its scaleTargetRef names by kind and name", () => {
    const index = indexOf(
      deployment("orders", "shop", "{ app: orders }"),
      "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: orders, namespace: shop }\nspec: {}",
      "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: { name: orders, namespace: shop }\nspec:\n  scaleTargetRef: { kind: StatefulSet, name: orders }",
    );
    const [orders, ordersSet] = index.workloads;
    const autoscaler = index.objects.find((object) => object.kind === "HorizontalPodAutoscaler")!;
    expect(index.autoscalersOf(orders!)).toEqual([]);
    expect(index.autoscalersOf(ordersSet!)).toEqual([autoscaler]);
    expect(index.scaleTargetOf(autoscaler)).toBe(ordersSet!.object);
  });

  it("finds Namespace objects by name", () => {
    const index = indexOf("apiVersion: v1\nkind: Namespace\nmetadata: { name: shop }");
    expect(index.namespaceNamed("shop")?.kind).toBe("Namespace");
    expect(index.namespaceNamed("payments")).toBeUndefined();
  });
});
