import { describe, expect, it } from "vitest";
import { labelSelectorOf, selects, serviceSelectorOf } from "./selectors.ts";

const pod = { app: "orders", tier: "backend" };

describe("label selectors", () => {
  it("match every matchLabels entry", () => {
    expect(selects(labelSelectorOf({ matchLabels: { app: "orders" } })!, pod)).toBe(true);
    expect(selects(labelSelectorOf({ matchLabels: { app: "orders", tier: "frontend" } })!, pod)).toBe(false);
  });

  it.each([
    [{ key: "tier", operator: "In", values: ["backend", "worker"] }, true],
    [{ key: "tier", operator: "In", values: ["frontend"] }, false],
    [{ key: "app", operator: "NotIn", values: ["payments"] }, true],
    [{ key: "missing", operator: "NotIn", values: ["x"] }, true],
    [{ key: "app", operator: "Exists" }, true],
    [{ key: "canary", operator: "Exists" }, false],
    [{ key: "canary", operator: "DoesNotExist" }, true],
    [{ key: "app", operator: "DoesNotExist" }, false],
    [{ key: "app", operator: "Gt", values: ["1"] }, false],
  ])("match expression %j → %s", (expression, expected) => {
    expect(selects(labelSelectorOf({ matchExpressions: [expression] })!, pod)).toBe(expected);
  });

  it("select every pod with an empty selector, and none without one", () => {
    expect(selects(labelSelectorOf({})!, pod)).toBe(true);
    expect(labelSelectorOf(undefined)).toBeUndefined();
  });

  it("read a Service selector as a plain label map; an empty one selects nothing", () => {
    expect(selects(serviceSelectorOf({ app: "orders" })!, pod)).toBe(true);
    expect(serviceSelectorOf({})).toBeUndefined();
  });
});
